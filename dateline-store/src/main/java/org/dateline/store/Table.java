package org.dateline.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small query result: column names and rows of plain values (String, Number, Boolean, ISO date string, null). */
public record Table(List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row must have " + columns.size() + " values, got " + r.size());
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = List.copyOf(copy);
  }

  /** Rows as column-name → value maps, in column order (for JSON). */
  public List<Map<String, Object>> asMaps() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.put(columns.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }
}

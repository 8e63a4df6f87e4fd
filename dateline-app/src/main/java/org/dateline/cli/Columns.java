package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import org.dateline.store.Table;

/** Picks columns of a {@link Table} for text output. */
final class Columns {
  private Columns() {}

  static Table select(Table t, List<String> columns) {
    List<Integer> idx = columns.stream().map(c -> {
      int i = t.columns().indexOf(c);
      if (i < 0) {
        throw new IllegalArgumentException("no column '" + c + "' in " + t.columns());
      }
      return i;
    }).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      rows.add(idx.stream().map(r::get).toList().stream().map(v -> v == null ? (Object) "" : v).toList());
    }
    return new Table(columns, rows);
  }
}

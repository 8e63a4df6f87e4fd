package org.dateline.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.dateline.pipeline.Json;
import org.dateline.store.Table;

/** Prints a {@link Table} as aligned text columns (cells cut at {@value #MAX_CELL} characters) or as JSON. */
final class TextTable {
  static final int MAX_CELL = 70;

  private TextTable() {}

  static void print(Table t, PrintStream out) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns());
    for (List<Object> r : t.rows()) {
      cells.add(r.stream().map(TextTable::cell).toList());
    }
    int[] w = new int[t.columns().size()];
    for (List<String> r : cells) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    for (List<String> r : cells) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        sb.append(i == 0 ? "" : "  ").append(i == w.length - 1 ? r.get(i) : pad(r.get(i), w[i]));
      }
      out.println(sb.toString().stripTrailing());
    }
    if (t.rows().isEmpty()) {
      out.println("(no rows)");
    }
  }

  static void json(Object value, PrintStream out) {
    try {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static String cell(Object v) {
    String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(w - s.length());
  }
}

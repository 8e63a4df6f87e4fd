package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Builds a parameterised SQL statement piece by piece and runs it into a {@link Table}. */
final class Sql {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  Sql(String head) {
    sql.append(head);
  }

  Sql append(String part, Object... values) {
    sql.append(' ').append(part);
    params.addAll(List.of(values));
    return this;
  }

  Table run(Connection conn) throws SQLException {
    try (PreparedStatement st = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        st.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        return table(rs);
      }
    }
  }

  static Table table(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> cols = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      cols.add(md.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= cols.size(); i++) {
        row.add(plain(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new Table(cols, rows);
  }

  private static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof Double) {
      return v;
    }
    if (v instanceof Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.time.LocalDate d) {
      return d.toString();
    }
    if (v instanceof Number n) {
      return n instanceof java.math.BigInteger || n instanceof java.math.BigDecimal ? n.longValue() : n;
    }
    return v.toString();
  }
}

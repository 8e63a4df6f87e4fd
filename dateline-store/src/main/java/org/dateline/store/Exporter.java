package org.dateline.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.Json;

/**
 * Writes the store out. JSONL and the GDELT formats go to one file; CSV and Parquet (written by DuckDB's COPY) go
 * to one file per table in a directory. Returns the number of rows (records, events or articles) written.
 */
public final class Exporter {
  static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "places", "events");

  private Exporter() {}

  public static long export(KnowledgeBase kb, ExportFormat format, Path out) {
    try {
      return switch (format) {
        case CSV -> copy(kb, out, "csv", "(FORMAT CSV, HEADER)");
        case PARQUET -> copy(kb, out, "parquet", "(FORMAT PARQUET)");
        case JSONL, GDELT_EVENTS, GDELT_GKG -> records(kb, format, out);
      };
    } catch (SQLException | IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot export " + format + " to " + out + ": "
          + e.getMessage(), e);
    }
  }

  private static long copy(KnowledgeBase kb, Path dir, String ext, String options) throws SQLException, IOException {
    Files.createDirectories(dir);
    return kb.withConnection(c -> {
      long rows = 0;
      try (Statement st = c.createStatement()) {
        for (String t : TABLES) {
          String select = t.equals("articles") ? "SELECT * EXCLUDE (record) FROM articles" : "SELECT * FROM " + t;
          String file = dir.resolve(t + "." + ext).toAbsolutePath().toString().replace("'", "''");
          rows += st.executeUpdate("COPY (" + select + ") TO '" + file + "' " + options);
        }
      }
      return rows;
    });
  }

  private static long records(KnowledgeBase kb, ExportFormat format, Path out) throws SQLException, IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      return kb.withConnection(c -> {
        GdeltEventWriter events = new GdeltEventWriter();
        GdeltGkgWriter gkg = new GdeltGkgWriter();
        long n = 0;
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT ingested, record FROM articles ORDER BY ingested, id")) {
          while (rs.next()) {
            String json = rs.getString(2);
            var ingested = rs.getTimestamp(1).toLocalDateTime();
            if (format == ExportFormat.JSONL) {
              w.write(json);
              w.write('\n');
              n++;
              continue;
            }
            AnalyzedArticle r = Json.mapper().readValue(json, AnalyzedArticle.class);
            if (format == ExportFormat.GDELT_EVENTS) {
              events.write(r, ingested, w);
              n += r.events().size();
            } else {
              gkg.write(r, ingested, w);
              n++;
            }
          }
        } catch (IOException e) {
          throw new SQLException("write failed: " + e.getMessage(), e);
        }
        return n;
      });
    }
  }
}

package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir Path tmp;
  KnowledgeBase kb;

  @BeforeEach
  void fill() {
    kb = KnowledgeBase.open(tmp.resolve("data"), false, Samples.CLOCK);
    kb.add(Samples.records());
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    kb.close();
  }

  @Test
  void jsonlRoundTripsTheRecords() throws Exception {
    Path out = tmp.resolve("out.jsonl");
    assertEquals(3, Exporter.export(kb, ExportFormat.JSONL, out));
    List<String> lines = Files.readAllLines(out);
    assertEquals(3, lines.size());
    List<AnalyzedArticle> back = lines.stream().map(l -> {
      try {
        return Json.mapper().readValue(l, AnalyzedArticle.class);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertTrue(back.containsAll(Samples.records()), "exported records equal the stored ones");
  }

  @Test
  void csvAndParquetWriteOneFilePerTable() throws Exception {
    Exporter.export(kb, ExportFormat.CSV, tmp.resolve("csv"));
    List<String> quotes = Files.readAllLines(tmp.resolve("csv/quotes.csv"));
    assertTrue(quotes.getFirst().startsWith("article_id,quote_id,type,content"), quotes.getFirst());
    assertEquals(4, quotes.size());
    assertTrue(Files.readString(tmp.resolve("csv/articles.csv")).lines().noneMatch(l -> l.contains("\"entities\"")),
        "the JSON record column is not exported to CSV");
    Exporter.export(kb, ExportFormat.PARQUET, tmp.resolve("pq"));
    for (String t : Exporter.TABLES) {
      byte[] head = Files.readAllBytes(tmp.resolve("pq/" + t + ".parquet"));
      assertEquals("PAR1", new String(head, 0, 4), t);
    }
  }

  @Test
  void gdeltEventsHave61ColumnsInGdeltOrder() throws Exception {
    Path out = tmp.resolve("events.tsv");
    assertEquals(1, Exporter.export(kb, ExportFormat.GDELT_EVENTS, out));
    String[] f = Files.readString(out).replaceAll("\n$", "").split("\t", -1);
    assertEquals(61, f.length);
    assertEquals("20250303", f[1]);
    assertEquals("NORGOV", f[5]);
    assertEquals("NOR", f[7]);
    assertEquals("GOV", f[12]);
    assertEquals("KENGOV", f[15]);
    assertEquals("040", f[26]);
    assertEquals("04", f[28]);
    assertEquals("Oslo, NO", f[52]);
    assertEquals("3143244", f[58]);
    assertEquals("20260102030405", f[59]);
    assertEquals("oslo.txt", f[60]);
  }

  @Test
  void gdeltGkgHas27ColumnsWithQuotationsAndLocations() throws Exception {
    Path out = tmp.resolve("gkg.tsv");
    assertEquals(3, Exporter.export(kb, ExportFormat.GDELT_GKG, out));
    List<String> lines = Files.readAllLines(out);
    String[] oslo = lines.stream().filter(l -> l.contains("Oslo")).findFirst().orElseThrow().split("\t", -1);
    assertEquals(27, oslo.length);
    assertEquals("20250303000000", oslo[1]);
    assertTrue(oslo[9].startsWith("4#Oslo, NO#NO#NO#59.91#10.75#3143244"), oslo[9]);
    assertTrue(oslo[11].contains("Anna Petrova") && oslo[11].contains("Tom Brandt"), oslo[11]);
    assertTrue(oslo[22].matches("\\d+\\|\\d+\\|said\\|We agreed to keep talking about the grain corridor,"), oslo[22]);
    assertEquals("<PAGE_TITLE>Talks in Oslo</PAGE_TITLE>", oslo[26]);
  }
}

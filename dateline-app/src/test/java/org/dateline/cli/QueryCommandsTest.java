package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;
import org.dateline.store.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query and export commands over a store filled with a hand-built record (no NLP models needed). */
class QueryCommandsTest {
  static final String TEXT = "LIMA (Wire) - \"The mine will reopen in May,\" said Rosa Quispe, the energy minister.";

  @TempDir Path dir;

  @BeforeEach
  void fill() {
    int q0 = TEXT.indexOf('"') + 1;
    int q1 = TEXT.indexOf('"', q0);
    int n = TEXT.indexOf("Rosa Quispe");
    Entity rosa = new Entity("E1", EntityType.PERSON, "Rosa Quispe", List.of(new Mention("Rosa Quispe", n, n + 11)),
        List.of());
    Quote q = new Quote("Q1", TextSpan.of(TEXT, q0, q1), QuoteType.DIRECT, Optional.empty(), Optional.of(new Speaker(
        TextSpan.of(TEXT, n, n + 11), Optional.of("E1"), Optional.empty(), Optional.of("energy minister"),
        Optional.empty(), Optional.empty(), false, Optional.empty())));
    AnalyzedArticle r = new AnalyzedArticle(Article.of("lima.txt", TEXT).withPublished(LocalDate.of(2025, 2, 1)),
        List.of(rosa), List.of(), List.of(q), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    try (KnowledgeBase kb = KnowledgeBase.open(dir, false, Clock.systemUTC())) {
      kb.add(List.of(r));
    }
  }

  private String run(int expectedExit, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(expectedExit, run.exit(), String.join(" ", args) + "\n" + run.err());
    return run.out();
  }

  @Test
  void queryCommandsPrintTablesAndJson() {
    String d = dir.toString();
    String quotes = run(0, "quotes", "--data", d, "--speaker", "quispe");
    assertTrue(quotes.contains("Rosa Quispe") && quotes.contains("The mine will reopen in May,"), quotes);
    assertTrue(run(0, "quotes", "--data", d, "--about", "nobody").contains("(no rows)"));
    String search = run(0, "search", "--data", d, "--quotes", "--json", "mine");
    assertTrue(search.contains("\"total\" : 1") && search.contains("\"speaker\" : \"Rosa Quispe\""), search);
    assertTrue(run(0, "search", "--data", d, "--speaker", "Rosa Quispe", "--since", "2025-01-01", "reopen")
        .startsWith("1 matches"));
    assertTrue(run(0, "stats", "--data", d).contains("Rosa Quispe"));
    assertTrue(run(0, "events", "--data", d, "--actor", "PER").contains("(no rows)"));
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    Path out = dir.resolve("out");
    run(0, "export", "--data", dir.toString(), "--format", "jsonl", "--out", out.resolve("a.jsonl").toString());
    assertEquals(1, Files.readAllLines(out.resolve("a.jsonl")).size());
    run(0, "export", "--data", dir.toString(), "--format", "gdelt-gkg", "--out", out.resolve("gkg.tsv").toString());
    assertEquals(27, Files.readString(out.resolve("gkg.tsv")).replaceAll("\n$", "").split("\t", -1).length);
    run(0, "export", "--data", dir.toString(), "--format", "csv", "--out", out.resolve("csv").toString());
    assertTrue(Files.exists(out.resolve("csv/quotes.csv")));
    run(2, "export", "--data", dir.toString(), "--format", "xml");
  }

  @Test
  void missingStoreIsAOneLineError(@TempDir Path empty) {
    CliRun run = CliRun.of("stats", "--data", empty.toString());
    assertEquals(1, run.exit());
    String msg = run.err();
    assertTrue(msg.startsWith("dateline stats: no knowledge base in ") && msg.contains("dateline ingest"), msg);
  }
}

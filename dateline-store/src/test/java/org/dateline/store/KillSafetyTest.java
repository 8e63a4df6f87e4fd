package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during an ingest, then run again: every article is stored exactly once in both DuckDB and Lucene. */
class KillSafetyTest {
  static final int ARTICLES = 60;

  @TempDir Path tmp;

  @Test
  void killedIngestResumesWithoutLossOrDuplicates() throws Exception {
    Path in = articles();
    Path data = tmp.resolve("data");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(), data.toString(), in.toString())
        .redirectErrorStream(true).start();
    long seenBeforeKill = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("COMMITTED ")) {
          seenBeforeKill = Long.parseLong(line.substring(10));
          if (seenBeforeKill >= 9) {
            break;
          }
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    assertTrue(seenBeforeKill >= 9 && seenBeforeKill < ARTICLES, "killed mid-ingest, after " + seenBeforeKill);

    try (KnowledgeBase kb = KnowledgeBase.open(data, false, Samples.CLOCK)) {
      long before = ((Number) kb.stats(1).totals().asMaps().getFirst().get("articles")).longValue();
      assertTrue(before >= seenBeforeKill, "committed batches survive the kill: " + before);
      IngestReport r = new Ingester(kb, new FakeAnalyzer(), 2, 7, Samples.CLOCK).run(List.of(in),
          new Ingester.Listener() {});
      assertEquals(ARTICLES - before, r.added());
      assertEquals(before, r.duplicates());
      assertStoredOnce(kb);
      assertEquals(0, new Ingester(kb, new FakeAnalyzer(), 2, 7, Samples.CLOCK).run(List.of(in),
          new Ingester.Listener() {}).added());
    }
  }

  @Test
  void crashBetweenLuceneAndDuckDbCommitsIsRepairedByTheRerun() throws Exception {
    Path in = articles();
    Path data = tmp.resolve("data");
    try (KnowledgeBase kb = KnowledgeBase.open(data, false, Samples.CLOCK)) {
      new Ingester(kb, new FakeAnalyzer(), 2, 7, Samples.CLOCK).run(List.of(in.resolve("a000.txt"),
          in.resolve("a001.txt")), new Ingester.Listener() {});
    }
    // what a crash after the Lucene commit and before the DuckDB commit leaves: two articles in Lucene only
    try (TextIndex index = TextIndex.open(data.resolve("lucene"), false)) {
      List<org.dateline.model.AnalyzedArticle> orphans = List.of(
          new FakeAnalyzer().apply(org.dateline.model.Article.of("a002.txt", Files.readString(in.resolve("a002.txt")))),
          new FakeAnalyzer().apply(org.dateline.model.Article.of("a003.txt", Files.readString(in.resolve("a003.txt")))));
      index.write(orphans.stream().map(a -> Keys.articleId(Keys.contentHash(a.article().text()))).toList(), orphans);
    }
    try (KnowledgeBase kb = KnowledgeBase.open(data, false, Samples.CLOCK)) {
      assertEquals(4, kb.indexedArticles());
      IngestReport r = new Ingester(kb, new FakeAnalyzer(), 2, 7, Samples.CLOCK).run(List.of(in),
          new Ingester.Listener() {});
      assertEquals(ARTICLES - 2, r.added(), "the two Lucene-only articles are ingested again");
      assertStoredOnce(kb);
    }
  }

  private Path articles() throws java.io.IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(in.resolve(String.format("a%03d.txt", i)), "Story " + i + ": " + Samples.OSLO);
    }
    return in;
  }

  private static void assertStoredOnce(KnowledgeBase kb) {
    List<Object> ids = kb.articles(1000, 0).rows().stream().map(r -> r.getFirst()).toList();
    assertEquals(ARTICLES, ids.size());
    assertEquals(ARTICLES, new HashSet<>(ids).size());
    assertEquals(ARTICLES, kb.indexedArticles());
    SearchResult quotes = kb.search(new SearchQuery("grain", SearchQuery.Target.QUOTES, java.util.Map.of(),
        java.util.Optional.empty(), java.util.Optional.empty(), 1000));
    assertEquals(ARTICLES, quotes.total(), "one quote document per article");
    Set<String> quoteArticles = new HashSet<>();
    quotes.hits().forEach(h -> quoteArticles.add(h.articleId()));
    assertEquals(ARTICLES, quoteArticles.size());
  }
}

package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  @TempDir Path dir;

  @BeforeEach
  void fill() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir, false, Samples.CLOCK)) {
      kb.add(Samples.records());
    }
  }

  private KnowledgeBase read() {
    return KnowledgeBase.open(dir, true, Samples.CLOCK);
  }

  @Test
  void fullTextSearchFindsArticlesAndQuotesWithFacets() {
    try (KnowledgeBase kb = read()) {
      SearchResult r = kb.search(SearchQuery.of("tariffs", SearchQuery.Target.ARTICLES));
      assertEquals(1, r.total());
      assertTrue(r.hits().getFirst().text().toLowerCase().contains("tariffs"), r.hits().getFirst().text());
      assertEquals(List.of(new Count("KE", 1)), r.facets().get("country"));

      SearchResult q = kb.search(SearchQuery.of("grain", SearchQuery.Target.QUOTES));
      assertEquals(1, q.total());
      assertEquals("Anna Petrova", q.hits().getFirst().speaker());
      assertEquals("2025-03-03", q.hits().getFirst().date());
    }
  }

  @Test
  void filtersBySpeakerCountryAndDate() {
    try (KnowledgeBase kb = read()) {
      SearchQuery bySpeaker = new SearchQuery("", SearchQuery.Target.QUOTES, Map.of("speaker", "tom brandt"),
          Optional.empty(), Optional.empty(), 10);
      SearchResult r = kb.search(bySpeaker);
      assertEquals(1, r.total());
      assertTrue(r.hits().getFirst().text().startsWith("Tariffs"));

      SearchQuery byCountry = new SearchQuery("", SearchQuery.Target.ARTICLES, Map.of("country", "no"),
          Optional.empty(), Optional.empty(), 10);
      assertEquals(1, kb.search(byCountry).total());

      SearchQuery march = new SearchQuery("", SearchQuery.Target.ARTICLES, Map.of(),
          Optional.of(LocalDate.of(2025, 3, 1)), Optional.of(LocalDate.of(2025, 3, 31)), 10);
      SearchResult m = kb.search(march);
      assertEquals(2, m.total());
      assertEquals("2025-03-05", m.hits().getFirst().date(), "blank query sorts newest first");
    }
  }

  @Test
  void badQueriesAreRejectedWithTheRule() {
    StoreException e = assertThrows(StoreException.class, () -> new SearchQuery("", SearchQuery.Target.QUOTES,
        Map.of("colour", "red"), Optional.empty(), Optional.empty(), 10));
    assertTrue(e.getMessage().contains("colour"));
    assertThrows(StoreException.class, () -> new SearchQuery("", SearchQuery.Target.QUOTES, Map.of(),
        Optional.empty(), Optional.empty(), 0));
    try (KnowledgeBase kb = read()) {
      SearchResult r = kb.search(SearchQuery.of("\"unbalanced (AND", SearchQuery.Target.ARTICLES));
      assertEquals(0, r.total(), "unparsable syntax is searched as escaped text");
    }
  }

  @Test
  void analyticsQueries() {
    try (KnowledgeBase kb = read()) {
      Table about = kb.quotes(Optional.empty(), Optional.of("Putin"), Optional.empty(), Optional.empty(), 10);
      assertEquals(1, about.rows().size());
      assertEquals("Sergei Volkov", about.asMaps().getFirst().get("speaker"));

      Table events = kb.events(Optional.of("KEN"), Optional.empty(), Optional.empty(), Optional.empty(), 10);
      assertEquals(1, events.rows().size());
      assertEquals("Oslo", events.asMaps().getFirst().get("place"));
      assertEquals(0, kb.events(Optional.of("USA"), Optional.empty(), Optional.empty(), Optional.empty(), 10)
          .rows().size());

      Stats s = kb.stats(5);
      assertEquals(3L, ((Number) s.totals().asMaps().getFirst().get("articles")).longValue());
      assertEquals(List.of("Anna Petrova", "Sergei Volkov", "Tom Brandt"),
          s.topSpeakers().asMaps().stream().map(m -> m.get("speaker")).toList(), "one quote each, by name");
      assertEquals(3, s.perDay().rows().size());
      assertEquals(2, kb.places(Optional.empty(), 10).rows().size());
      assertEquals(3, kb.entities(Optional.empty(), Optional.of("person"), 10).rows().size());
      String id = (String) kb.articles(10, 0).asMaps().getFirst().get("id");
      assertTrue(kb.record(id).orElseThrow().contains("\"quotes\""));
    }
  }

  @Test
  void schemaMismatchIsAClearError() throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(KnowledgeBase.DB_FILE));
        var st = c.createStatement()) {
      st.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    StoreException e = assertThrows(StoreException.class, () -> read());
    assertEquals(StoreException.Kind.SCHEMA_MISMATCH, e.kind());
    assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("reads version 1"),
        e.getMessage());
  }

  @Test
  void missingDirectoryIsAClearError(@TempDir Path empty) {
    StoreException e = assertThrows(StoreException.class, () -> KnowledgeBase.open(empty, true, Samples.CLOCK));
    assertEquals(StoreException.Kind.MISSING, e.kind());
    assertTrue(e.getMessage().contains("dateline ingest"));
  }
}

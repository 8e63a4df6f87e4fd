package org.dateline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.store.Count;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search TEXT [filters]}: full-text search over articles (or quotes) with facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search (Lucene syntax) over articles, or quotes with --quotes; prints facets.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "TEXT") List<String> words = new ArrayList<>();

  @Mixin DataOption data;
  @Mixin ListOptions list;
  @Mixin DateRange dates;

  @Option(names = "--speaker") String speaker;
  @Option(names = "--entity") String entity;
  @Option(names = "--place") String place;
  @Option(names = "--country", description = "ISO 3166 alpha-2 code, e.g. SY.") String country;
  @Option(names = "--event-type", description = "PLOVER type, e.g. ACCUSE.") String eventType;
  @Option(names = "--quotes", description = "Search quotes instead of articles.") boolean quotes;

  @Override
  public Integer call() {
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "speaker", speaker);
    put(filters, "entity", entity);
    put(filters, "place", place);
    put(filters, "country", country);
    put(filters, "event_type", eventType);
    SearchQuery q = new SearchQuery(String.join(" ", words), quotes ? SearchQuery.Target.QUOTES
        : SearchQuery.Target.ARTICLES, filters, dates.from(), dates.to(), list.limit);
    try (KnowledgeBase kb = data.openReadOnly()) {
      SearchResult r = kb.search(q);
      if (list.json) {
        TextTable.json(r, System.out);
        return 0;
      }
      System.out.println(r.total() + " matches");
      List<List<Object>> rows = new ArrayList<>();
      for (SearchResult.Hit h : r.hits()) {
        rows.add(java.util.Arrays.asList(h.date() == null ? "" : h.date(), h.speaker() == null ? "" : h.speaker(),
            h.title() == null ? "" : h.title(), h.text(), h.articleId()));
      }
      TextTable.print(new Table(List.of("date", "speaker", "title", "text", "article"), rows), System.out);
      r.facets().forEach((dim, counts) -> {
        if (!counts.isEmpty()) {
          System.out.println(dim + ": " + String.join(", ", counts.stream().map(SearchCommand::fmt).toList()));
        }
      });
      return 0;
    }
  }

  private static String fmt(Count c) {
    return c.value() + " (" + c.count() + ")";
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v);
    }
  }
}

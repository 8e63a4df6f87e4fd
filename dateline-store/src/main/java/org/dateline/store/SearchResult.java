package org.dateline.store;

import java.util.List;
import java.util.Map;

/** Hits of a {@link SearchQuery}: the total number of matches, the top hits, and top values per facet dimension. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<Count>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets)); // dimension order kept
  }

  /**
   * One hit. {@code text} is the quote, or for an article a snippet around the first query term; {@code speaker}
   * and {@code quoteId} are null for articles; {@code date} is ISO or null.
   */
  public record Hit(String kind, String articleId, String quoteId, String title, String date, String speaker,
      String text, float score) {}
}

package org.dateline.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A full-text query over articles or quotes. {@code text} uses Lucene syntax (blank: everything, newest first);
 * {@code filters} maps a facet dimension (speaker, entity, place, country, event_type) to a value matched
 * case-insensitively and exactly; {@code since}/{@code until} bound the publication date, inclusive.
 */
public record SearchQuery(
    String text, Target target, Map<String, String> filters, Optional<LocalDate> since, Optional<LocalDate> until,
    int limit) {
  /** What the hits are. */
  public enum Target { ARTICLES, QUOTES }

  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = text == null ? "" : text;
    Objects.requireNonNull(target, "target must not be null");
    filters = Map.copyOf(Objects.requireNonNull(filters, "filters must not be null"));
    for (String dim : filters.keySet()) {
      if (!IndexDocs.DIMS.contains(dim)) {
        throw new StoreException(StoreException.Kind.BAD_QUERY,
            "filter must be one of " + IndexDocs.DIMS + ", got '" + dim + "'");
      }
    }
    Objects.requireNonNull(since, "since must not be null (use Optional.empty())");
    Objects.requireNonNull(until, "until must not be null (use Optional.empty())");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new StoreException(StoreException.Kind.BAD_QUERY,
          "since must not be after until, got since=" + since.get() + " until=" + until.get());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new StoreException(StoreException.Kind.BAD_QUERY, "limit must be in 1.." + MAX_LIMIT + ", got " + limit);
    }
  }

  public static SearchQuery of(String text, Target target) {
    return new SearchQuery(text, target, Map.of(), Optional.empty(), Optional.empty(), 20);
  }
}

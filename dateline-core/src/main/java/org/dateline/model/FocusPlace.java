package org.dateline.model;

import java.util.Objects;

/** A place the article is about, ranked by {@code score} (higher first). {@code level}: COUNTRY, REGION or CITY. */
public record FocusPlace(long geonameId, String name, String countryCode, String level, double score) {
  public FocusPlace {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(countryCode, "countryCode must not be null");
    Objects.requireNonNull(level, "level must not be null");
  }
}

package org.dateline.geo;

import java.util.Map;
import java.util.Objects;

/**
 * One gazetteer entry considered for a mention, with its total {@code score} and the named terms that add up to it
 * (prior, name, context, containment, ...), so that every choice can be reproduced and explained.
 */
public record GeoCandidate(long geonameId, String name, String featureCode, String countryCode, String admin1,
    double lat, double lon, long population, double score, Map<String, Double> terms) {
  public GeoCandidate {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(featureCode, "featureCode must not be null");
    Objects.requireNonNull(countryCode, "countryCode must not be null");
    Objects.requireNonNull(admin1, "admin1 must not be null");
    terms = Map.copyOf(terms);
  }
}

package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/** A place mention resolved to a GeoNames entry. {@code name} is the gazetteer's canonical name. */
public record Place(
    TextSpan mention,
    long geonameId,
    String name,
    String featureClass,
    String featureCode,
    String countryCode,
    Optional<String> admin1,
    double lat,
    double lon,
    long population,
    PlaceType type) {
  public Place {
    Objects.requireNonNull(mention, "mention must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(featureClass, "featureClass must not be null");
    Objects.requireNonNull(featureCode, "featureCode must not be null");
    Objects.requireNonNull(countryCode, "countryCode must not be null");
    Objects.requireNonNull(admin1, "admin1 must not be null (use Optional.empty())");
    Objects.requireNonNull(type, "type must not be null");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: lat=" + lat + " lon=" + lon);
    }
  }
}

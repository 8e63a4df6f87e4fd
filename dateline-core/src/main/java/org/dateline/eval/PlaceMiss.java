package org.dateline.eval;

import java.util.Objects;
import org.dateline.model.Place;

/**
 * A gold toponym resolved more than 161 km from its gold point (or not at all: {@code predicted} null), for error
 * analysis; {@code km} is the scored error.
 */
public record PlaceMiss(String articleId, GeoGoldToponym gold, Place predicted, double km) {
  public PlaceMiss {
    Objects.requireNonNull(articleId, "articleId must not be null");
    Objects.requireNonNull(gold, "gold must not be null");
  }

  /** One tab-separated line: article, phrase, gold id and point, predicted id, name, code, country, point, km. */
  public String tsv() {
    String g = gold.geonameId().isPresent() ? Long.toString(gold.geonameId().getAsLong()) : "";
    String p = predicted == null ? "-\t\t\t\t"
        : predicted.geonameId() + "\t" + predicted.name() + "\t" + predicted.featureCode() + "\t"
            + predicted.countryCode() + "\t" + predicted.lat() + "," + predicted.lon();
    return articleId + "\t" + gold.phrase().replace('\n', ' ') + "\t" + g + "\t" + gold.lat() + "," + gold.lon()
        + "\t" + p + "\t" + Math.round(km);
  }
}

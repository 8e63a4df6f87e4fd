package org.dateline.eval;

import java.util.OptionalLong;

/**
 * A gold toponym: character offsets, the phrase as annotated, the GeoNames id when the corpus gives one and the
 * gold point ({@code hasPoint} false when the corpus gives none: such toponyms count for recall only).
 */
public record GeoGoldToponym(int start, int end, String phrase, OptionalLong geonameId, boolean hasPoint, double lat,
    double lon) {
  public GeoGoldToponym {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("toponym span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (hasPoint && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("toponym point out of range: lat=" + lat + " lon=" + lon);
    }
  }
}

package org.dateline.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.Gazetteer.Level;

/**
 * Geographic context of an article: the places its other mentions were resolved to in the previous pass. A
 * candidate close to them scores {@link #WEIGHT} x the mean of exp(-km / {@link #SCALE_KM}) over the other
 * mentions' places (smoothed by {@link #SMOOTHING}), so a small-town paper's "Dublin" lands beside the other towns
 * it mentions rather than in Ireland. Only cities and ADM2 units anchor (their points are precise); countries and
 * ADM1 units act through the admin context of {@link Resolver}. One anchor per distinct name.
 */
final class Proximity {
  static final double WEIGHT = 3.0;
  static final double SCALE_KM = 150;
  static final double SMOOTHING = 1.0;
  private static final double EARTH_KM = 6371.0088;

  private record Anchor(String key, double lat, double lon) {}

  private final Gazetteer gaz;
  private final List<Anchor> anchors = new ArrayList<>();

  /** Anchors from the entries {@code chosen[k]} of the mentions {@code tops} (-1: unresolved). */
  Proximity(Gazetteer gaz, List<Toponym> tops, int[] chosen) {
    this.gaz = gaz;
    Map<String, Integer> byKey = new LinkedHashMap<>();
    for (int k = 0; k < tops.size(); k++) {
      int e = chosen[k];
      if (e >= 0 && (gaz.level(e) == Level.CITY || gaz.level(e) == Level.ADMIN2)) {
        byKey.putIfAbsent(tops.get(k).key(), e);
      }
    }
    byKey.forEach((key, e) -> anchors.add(new Anchor(key, gaz.lat(e), gaz.lon(e))));
  }

  /** The proximity term of entry {@code e} for a mention with {@code key}: 0 without anchors of other names. */
  double term(String key, int e) {
    Level l = gaz.level(e);
    if (l == Level.COUNTRY || l == Level.AREA) {
      return 0;
    }
    double sum = 0;
    int n = 0;
    for (Anchor a : anchors) {
      if (a.key().equals(key)) {
        continue;
      }
      n++;
      sum += Math.exp(-km(gaz.lat(e), gaz.lon(e), a.lat(), a.lon()) / SCALE_KM);
    }
    return n == 0 ? 0 : WEIGHT * sum / (n + SMOOTHING);
  }

  /** Great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}

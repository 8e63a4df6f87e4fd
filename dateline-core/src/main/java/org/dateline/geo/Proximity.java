package org.dateline.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.Gazetteer.Level;

/**
 * Geographic context of an article: where its other mentions may be, by the previous pass's scores. For each other
 * name, the best of its candidates (cities and ADM2 units: their points are precise) by exp(-km / {@link #SCALE_KM})
 * x 10^({@link #SHARPNESS} x (score - best score of that name)); the term is {@link #WEIGHT} x the mean of these
 * over the other names, smoothed by {@link #SMOOTHING}. A small-town paper's "Columbus" thus lands beside the other
 * towns it mentions, and they beside it, even when each alone would go to a bigger namesake. Countries and ADM1 units
 * act through the admin context of {@link Resolver}.
 */
final class Proximity {
  static final double WEIGHT = 7.0;
  static final double SCALE_KM = 150;
  static final double SHARPNESS = 0.5;
  static final double SMOOTHING = 1.0;
  /** Candidates of each other name considered as anchors, best first. */
  static final int ANCHORS_PER_NAME = 8;
  private static final double EARTH_KM = 6371.0088;

  /** An anchor point in radians, with the cosine of its latitude precomputed. */
  private record Anchor(double lat, double lon, double cosLat, double weight) {}

  private final Gazetteer gaz;
  private final Map<String, List<Anchor>> anchors = new LinkedHashMap<>();

  /** Anchors from each name's candidate scores of the previous pass ({@code scores}: key -> entry -> score). */
  Proximity(Gazetteer gaz, Map<String, Map<Integer, Double>> scores) {
    this.gaz = gaz;
    scores.forEach((key, byEntry) -> {
      double best = byEntry.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      List<Anchor> list = new ArrayList<>();
      byEntry.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
          .limit(ANCHORS_PER_NAME)
          .filter(x -> gaz.level(x.getKey()) == Level.CITY || gaz.level(x.getKey()) == Level.ADMIN2)
          .forEach(x -> {
            double lat = Math.toRadians(gaz.lat(x.getKey()));
            list.add(new Anchor(lat, Math.toRadians(gaz.lon(x.getKey())), Math.cos(lat),
                Math.pow(10, SHARPNESS * (x.getValue() - best))));
          });
      if (!list.isEmpty()) {
        anchors.put(key, list);
      }
    });
  }

  /** The proximity term of entry {@code e} for a mention with {@code key}: 0 without anchors of other names. */
  double term(String key, int e) {
    Level l = gaz.level(e);
    if (l == Level.COUNTRY || l == Level.AREA) {
      return 0;
    }
    double lat = Math.toRadians(gaz.lat(e));
    double lon = Math.toRadians(gaz.lon(e));
    double cosLat = Math.cos(lat);
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, List<Anchor>> x : anchors.entrySet()) {
      if (x.getKey().equals(key)) {
        continue;
      }
      n++;
      double best = 0;
      for (Anchor a : x.getValue()) {
        double h = Math.pow(Math.sin((a.lat() - lat) / 2), 2)
            + cosLat * a.cosLat() * Math.pow(Math.sin((a.lon() - lon) / 2), 2);
        double km = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        best = Math.max(best, a.weight() * Math.exp(-km / SCALE_KM));
      }
      sum += best;
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

package org.dateline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.model.Place;

/**
 * Scores predicted places against gold toponyms. A prediction matches a gold toponym when their spans overlap
 * (the largest overlap wins). Distance metrics cover gold toponyms with a point: in gold-span mode all of them
 * (an unresolved one counts as {@link #MAX_KM} off), in end-to-end mode the recognised ones (the usual practice).
 * AUC is the area under the sorted curve of ln(1 + error km) / ln(1 + {@value #MAX_KM}) (lower is better).
 * Not thread-safe: one scorer per run.
 */
public final class PlaceScorer {
  /** Half the Earth's circumference: the error assigned to an unresolved gold toponym. */
  public static final double MAX_KM = 20039;

  private final boolean goldSpans;
  private final List<Double> errors = new ArrayList<>();
  private final List<PlaceMiss> misses = new ArrayList<>();
  private int gold;
  private int goldMatched;
  private int predicted;
  private int predictedMatched;
  private int idGold;
  private int idExact;
  private int unresolved;

  public PlaceScorer(boolean goldSpans) {
    this.goldSpans = goldSpans;
  }

  /** Adds one article's gold toponyms and predictions. */
  public void add(GeoGoldArticle article, List<Place> places) {
    predicted += places.size();
    boolean[] used = new boolean[places.size()];
    for (GeoGoldToponym g : article.toponyms()) {
      gold++;
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        int overlap = Math.min(g.end(), p.mention().end()) - Math.max(g.start(), p.mention().start());
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        goldMatched++;
        used[best] = true;
      }
      if (!g.hasPoint() || (best < 0 && !goldSpans)) {
        continue;
      }
      if (best < 0) {
        unresolved++;
        errors.add(MAX_KM);
        misses.add(new PlaceMiss(article.id(), g, null, MAX_KM));
        continue;
      }
      Place p = places.get(best);
      double km = km(g.lat(), g.lon(), p.lat(), p.lon());
      errors.add(km);
      if (km > 161) {
        misses.add(new PlaceMiss(article.id(), g, p, km));
      }
      if (g.geonameId().isPresent()) {
        idGold++;
        idExact += g.geonameId().getAsLong() == p.geonameId() ? 1 : 0;
      }
    }
    for (boolean u : used) {
      predictedMatched += u ? 1 : 0;
    }
  }

  /** The scored gold toponyms more than 161 km off (or unresolved), in the order added. */
  public List<PlaceMiss> misses() {
    return List.copyOf(misses);
  }

  public PlaceScores scores() {
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = e.length;
    double acc = n == 0 ? 0 : Arrays.stream(e).filter(x -> x <= 161).count() / (double) n;
    double mean = n == 0 ? 0 : Arrays.stream(e).average().orElse(0);
    double median = n == 0 ? 0 : (n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2);
    return new PlaceScores(goldSpans ? "gold-spans" : "end-to-end", gold, n, unresolved, round(acc), round(mean),
        round(median), idGold, round(idGold == 0 ? 0 : idExact / (double) idGold), round(auc(e)),
        round(gold == 0 ? 0 : goldMatched / (double) gold), round(predicted == 0 ? 0 : predictedMatched / (double) predicted));
  }

  private static double auc(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return 0;
    }
    if (n == 1) {
      return norm(sorted[0]);
    }
    double area = 0;
    for (int i = 0; i + 1 < n; i++) {
      area += (norm(sorted[i]) + norm(sorted[i + 1])) / 2;
    }
    return area / (n - 1);
  }

  private static double norm(double km) {
    return Math.log1p(km) / Math.log1p(MAX_KM);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  /** Great-circle distance in km (mean Earth radius). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}

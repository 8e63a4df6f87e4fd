package org.dateline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.Gazetteer.Level;
import org.dateline.model.FocusPlace;
import org.dateline.model.PlaceType;

/**
 * Ranks the places an article is about. Each resolved mention adds a weight (literal 1, demonym or metonym 0.6;
 * up to 1.5x for early mentions) to its own entry, to its ADM1 (half) and to its country; the top entries by
 * score are the focus, countries, regions (ADM1, continents, areas) and cities alike; of a city and its
 * region of the same name only the better-ranked one is listed.
 */
final class Focus {
  static final int MAX = 8;

  private Focus() {}

  static List<FocusPlace> rank(Gazetteer gaz, List<Resolver.Resolution> resolved, int textLength) {
    Map<Integer, Double> score = new LinkedHashMap<>();
    double len = Math.max(1, textLength);
    for (Resolver.Resolution r : resolved) {
      int e = r.chosen();
      if (e < 0) {
        continue;
      }
      double w = (r.toponym().type() == PlaceType.LITERAL ? 1.0 : 0.6) * (1 + 0.5 * (1 - r.toponym().start() / len));
      score.merge(e, w, Double::sum);
      Level level = gaz.level(e);
      if (level == Level.CITY || level == Level.ADMIN2) {
        int a1 = gaz.admin1(gaz.countryCode(e), gaz.admin1(e));
        if (a1 >= 0) {
          score.merge(a1, w * 0.5, Double::sum);
        }
      }
      if (level != Level.COUNTRY && level != Level.AREA) {
        int c = gaz.country(gaz.countryCode(e));
        if (c >= 0) {
          score.merge(c, w, Double::sum);
        }
      }
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(Comparator.comparingDouble((Map.Entry<Integer, Double> x) -> -x.getValue())
        .thenComparingLong(x -> gaz.id(x.getKey())));
    List<FocusPlace> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> x : ranked) {
      int e = x.getKey();
      if (out.size() == MAX) {
        break;
      }
      if (out.stream().anyMatch(f -> f.name().equals(gaz.name(e)) && f.countryCode().equals(gaz.countryCode(e)))) {
        continue; // the region named after its city ("Tokyo", "Geneva"): the better-ranked one stands for both
      }
      out.add(new FocusPlace(gaz.id(e), gaz.name(e), gaz.countryCode(e), level(gaz.level(e)),
          Math.round(x.getValue() * 1000) / 1000.0));
    }
    return out;
  }

  private static String level(Level l) {
    return switch (l) {
      case COUNTRY -> "COUNTRY";
      case CITY -> "CITY";
      default -> "REGION";
    };
  }
}

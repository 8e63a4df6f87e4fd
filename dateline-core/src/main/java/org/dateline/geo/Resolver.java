package org.dateline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.Gazetteer.Level;
import org.dateline.model.PlaceType;

/**
 * Chooses a gazetteer entry for each mention. Score (in log10-population units) = prior (population and feature
 * class) + name match + the share of the rest of the article in the candidate's country and ADM1 + containment
 * ("Idlib, Syria", "Syria's Idlib", "Paris, Texas") + metonymy; one sense per discourse (all mentions with one
 * key share the candidate with the highest summed score). Then {@link #PROXIMITY_PASSES} passes add the
 * {@link Proximity} of each candidate to where the other names probably are, and choose again. Deterministic;
 * every term is reported.
 */
final class Resolver {
  static final int MAX_CANDIDATES = 40;
  static final double COUNTRY_WEIGHT = 3.5;
  static final double ADMIN1_WEIGHT = 4.5;
  static final double CONTAINED = 5.0;
  static final double CONTAINER = 2.0;
  static final double COUNTRY_MENTION = 0.4;
  /** Penalty for a place known by its country's name only as an alternate ("Mexico" for Mexico City). */
  static final double COUNTRY_NAME = -4.0;
  /**
   * Penalty for a place that answers to the name only as an alternate (an old or foreign form: "Philadelphia" for
   * Amman, "Berea" for Aleppo) when another place bears it as its own name.
   */
  static final double ALIAS = -1.0;
  /** Bonus for the kind of place the other members of a list of peers are ({@link Enumerations}). */
  static final double ENUMERATION = 2.5;
  /** Context mass every article starts with: a few mentions shift the choice less than many. */
  static final double SMOOTHING = 0.75;
  /** Re-ranking passes with the {@link Proximity} of the previous pass's choices. */
  static final int PROXIMITY_PASSES = 2;

  /** The outcome for one mention: candidates best first (empty when none) and the chosen entry or -1. */
  record Resolution(Toponym toponym, List<GeoCandidate> candidates, int chosen) {}

  private final Gazetteer gaz;

  Resolver(Gazetteer gaz) {
    this.gaz = gaz;
  }

  List<Resolution> resolve(String text, List<Toponym> tops) {
    int n = tops.size();
    int[][] cands = new int[n][];
    for (int k = 0; k < n; k++) {
      cands[k] = candidates(tops.get(k));
    }
    Enumerations lists = Enumerations.of(gaz, text, tops, cands);
    Context ctx = new Context();
    for (int k = 0; k < n; k++) {
      ctx.add(tops.get(k).key(), cands[k]);
    }
    List<Map<Integer, Map<String, Double>>> terms = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Map<Integer, Map<String, Double>> byEntry = new LinkedHashMap<>();
      for (int e : cands[k]) {
        byEntry.put(e, score(text, tops, cands, ctx, lists, k, e));
      }
      terms.add(byEntry);
    }
    for (int pass = 0; pass < PROXIMITY_PASSES; pass++) {
      Map<String, Map<Integer, Double>> byKey = new LinkedHashMap<>();
      for (int k = 0; k < n; k++) {
        Map<Integer, Double> m = byKey.computeIfAbsent(tops.get(k).key(), x -> new HashMap<>());
        terms.get(k).forEach((e, t) -> m.merge(e, total(t), Math::max));
      }
      Proximity near = new Proximity(gaz, byKey);
      Map<String, Map<Integer, Double>> memo = new HashMap<>();
      for (int k = 0; k < n; k++) {
        String key = tops.get(k).key();
        Map<Integer, Double> byEntry = memo.computeIfAbsent(key, x -> new HashMap<>());
        for (Map.Entry<Integer, Map<String, Double>> t : terms.get(k).entrySet()) {
          double v = byEntry.computeIfAbsent(t.getKey(), e -> near.term(key, e));
          if (v > 0.005) {
            t.getValue().put("nearby", v);
          } else {
            t.getValue().remove("nearby");
          }
        }
      }
    }
    return choose(tops, terms);
  }

  /**
   * Ranks each mention's candidates by its own total when it is contained ("Paris, Texas"), else by the summed
   * total of all mentions with its key (one sense per discourse); ties go to the lower id.
   */
  private List<Resolution> choose(List<Toponym> tops, List<Map<Integer, Map<String, Double>>> terms) {
    int n = tops.size();
    Map<String, Map<Integer, Double>> discourse = new HashMap<>();
    for (int k = 0; k < n; k++) {
      Map<Integer, Double> sum = discourse.computeIfAbsent(tops.get(k).key(), x -> new HashMap<>());
      terms.get(k).forEach((e, t) -> sum.merge(e, total(t), Double::sum));
    }
    List<Resolution> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Map<Integer, Double> sum = discourse.get(tops.get(k).key());
      Map<Integer, Map<String, Double>> tk = terms.get(k);
      List<Integer> order = new ArrayList<>(tk.keySet());
      boolean local = tk.values().stream().anyMatch(t -> t.containsKey("containment"));
      order.sort(Comparator.comparingDouble((Integer e) -> local ? -total(tk.get(e)) : -sum.get(e))
          .thenComparingLong(gaz::id));
      List<GeoCandidate> ranked = new ArrayList<>(order.size());
      for (int e : order) {
        ranked.add(candidate(e, tk.get(e)));
      }
      out.add(new Resolution(tops.get(k), ranked, order.isEmpty() ? -1 : order.get(0)));
    }
    return out;
  }

  private int[] candidates(Toponym t) {
    if (t.fixed() >= 0) {
      return new int[] {t.fixed()};
    }
    int[] all = gaz.lookup(t.key());
    int[] kept = Arrays.stream(all).filter(e -> inScope(t.scope(), gaz.level(e))).toArray();
    if (kept.length == 0) {
      kept = all;
    }
    Integer[] boxed = Arrays.stream(kept).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Comparator.comparingDouble((Integer e) -> -prior(e)).thenComparingLong(gaz::id));
    return Arrays.stream(boxed).limit(MAX_CANDIDATES).mapToInt(Integer::intValue).toArray();
  }

  private static boolean inScope(Toponym.Scope s, Level l) {
    return switch (s) {
      case ANY -> true;
      case ADMIN -> l == Level.ADMIN1 || l == Level.ADMIN2;
      case CITY -> l == Level.CITY;
      case COUNTRY -> l == Level.COUNTRY;
    };
  }

  /**
   * Population and feature-class prior, in log10-population units. A section of a city (PPLX) counts less than a
   * town of its size unless it is a city in itself (100,000 people or more: Hollywood, Brooklyn).
   */
  double prior(int e) {
    double lp = Math.log10(gaz.population(e) + 10);
    return switch (gaz.level(e)) {
      case AREA -> 8.5;
      case COUNTRY -> Math.max(lp, 6) + 2.0;
      case ADMIN1 -> lp + 0.3;
      case ADMIN2 -> lp - 1.0;
      case CITY -> lp + switch (gaz.featureCode(e)) {
        case "PPLC" -> 1.0;
        case "PPLA" -> 0.6;
        case "PPLA2" -> 0.3;
        case "PPLX" -> gaz.population(e) >= 100_000 ? 0.0 : -1.0;
        default -> 0.0;
      };
    };
  }

  private Map<String, Double> score(String text, List<Toponym> tops, int[][] cands, Context ctx, Enumerations lists,
      int k, int e) {
    Toponym t = tops.get(k);
    Map<String, Double> terms = new LinkedHashMap<>();
    terms.put("prior", prior(e));
    terms.put("name", Gazetteer.key(gaz.name(e)).equals(t.key()) ? 0.8 : 0.7);
    double cShare = ctx.countryShare(t.key(), gaz.countryCode(e));
    if (cShare > 0 && gaz.level(e) != Level.AREA) {
      terms.put("country-context", COUNTRY_WEIGHT * cShare);
    }
    if (!gaz.admin1(e).isEmpty()) {
      double aShare = ctx.admin1Share(t.key(), gaz.countryCode(e) + "." + gaz.admin1(e));
      if (aShare > 0) {
        terms.put("admin1-context", ADMIN1_WEIGHT * aShare);
      }
    }
    Level level = gaz.level(e);
    if (level != Level.COUNTRY && terms.get("name") < 0.8 && namesItsCountry(cands[k], t.key(), e)) {
      terms.put("country-name", COUNTRY_NAME);
    } else if (terms.get("name") < 0.8 && namedSo(cands[k], t.key())) {
      terms.put("alias", ALIAS);
    }
    if ((level == Level.ADMIN1 || level == Level.ADMIN2) && t.scope() != Toponym.Scope.ADMIN
        && eponymousCity(cands[k], e)) {
      terms.put("eponymous-city", -1.5);
    }
    if (t.type() == PlaceType.METONYMIC && t.fixed() < 0) {
      if (gaz.featureCode(e).equals("PPLC")) {
        terms.put("metonymy", 2.0);
      } else if (level == Level.COUNTRY) {
        terms.put("metonymy", 1.0);
      }
    }
    if (lists.level(k) != null) {
      if (level == lists.level(k)) {
        terms.put("enumeration", ENUMERATION);
      }
      return terms; // "Georgia, Oklahoma, Pennsylvania": peers, not "Paris, Texas"
    }
    if (k + 1 < n(tops) && adjacent(text, tops.get(k), tops.get(k + 1), ",", "(") && contains(cands[k + 1], e)) {
      terms.put("containment", CONTAINED);
    } else if (k > 0 && adjacent(text, tops.get(k - 1), t, "'s", "\u2019s") && contains(cands[k - 1], e)) {
      terms.put("containment", CONTAINED);
    }
    if (k > 0 && adjacent(text, tops.get(k - 1), t, ",", "(") && containsAny(e, cands[k - 1])) {
      terms.put("container", CONTAINER);
    } else if (k + 1 < n(tops) && adjacent(text, t, tops.get(k + 1), "'s", "\u2019s")
        && containsAny(e, cands[k + 1])) {
      terms.put("container", CONTAINER);
    }
    return terms;
  }

  private static int n(List<Toponym> tops) {
    return tops.size();
  }

  /** Whether {@code b} follows {@code a} separated only by one of the separators and spaces. */
  private static boolean adjacent(String text, Toponym a, Toponym b, String sep1, String sep2) {
    if (b.start() < a.end() || b.start() - a.end() > 4) {
      return false;
    }
    String gap = text.substring(a.end(), b.start()).strip();
    return gap.equals(sep1) || gap.equals(sep2);
  }

  /** Whether some country or ADM1 among {@code containers} contains entry {@code e}. */
  private boolean contains(int[] containers, int e) {
    for (int c : containers) {
      if (c != e && encloses(c, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean containsAny(int container, int[] inner) {
    for (int e : inner) {
      if (e != container && encloses(container, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean encloses(int c, int e) {
    Level l = gaz.level(c);
    if (!gaz.countryCode(c).equals(gaz.countryCode(e)) || gaz.level(e) == Level.COUNTRY) {
      return false;
    }
    return l == Level.COUNTRY || (l == Level.ADMIN1 && gaz.admin1(c).equals(gaz.admin1(e))
        && gaz.level(e) != Level.ADMIN1);
  }

  /**
   * Whether {@code key} is the canonical name of the country of {@code e}, a candidate that answers to it only as
   * an alternate name: "Mexico", "Guatemala", "Kuwait" written alone are the countries, not their capitals.
   */
  private boolean namesItsCountry(int[] cands, String key, int e) {
    for (int c : cands) {
      if (gaz.level(c) == Level.COUNTRY && gaz.countryCode(c).equals(gaz.countryCode(e))
          && Gazetteer.key(gaz.name(c)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some candidate bears {@code key} as its own name, not as an alternate. */
  private boolean namedSo(int[] cands, String key) {
    for (int c : cands) {
      if (Gazetteer.key(gaz.name(c)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An administrative unit named like its own capital ("Geneva", "Idlib") or like the national capital
   * ("Washington", "Moscow"): news means the city. A big city that is no capital ("New York") does not count.
   */
  private boolean eponymousCity(int[] cands, int admin) {
    for (int c : cands) {
      if (gaz.level(c) == Level.CITY && gaz.countryCode(c).equals(gaz.countryCode(admin))
          && (gaz.featureCode(c).equals("PPLC")
              || (gaz.featureCode(c).equals("PPLA") && gaz.admin1(c).equals(gaz.admin1(admin))))) {
        return true;
      }
    }
    return false;
  }

  private GeoCandidate candidate(int e, Map<String, Double> terms) {
    return new GeoCandidate(gaz.id(e), gaz.name(e), gaz.featureCode(e), gaz.countryCode(e), gaz.admin1(e),
        gaz.lat(e), gaz.lon(e), gaz.population(e), Math.round(total(terms) * 1000) / 1000.0, terms);
  }

  static double total(Map<String, Double> terms) {
    double s = 0;
    for (double v : terms.values()) {
      s += v;
    }
    return s;
  }

  /**
   * Country and ADM1 weights of the article: each mention spreads one unit (0.4 for country-level mentions) over
   * its candidates in proportion to 10^prior; a mention's own key is excluded when scoring it.
   */
  private final class Context {
    private final Map<String, Map<String, Double>> countryByKey = new HashMap<>();
    private final Map<String, Map<String, Double>> admin1ByKey = new HashMap<>();
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> admin1s = new HashMap<>();
    private final Map<String, Double> massByKey = new HashMap<>();
    private double mass;

    void add(String key, int[] cands) {
      if (cands.length == 0) {
        return;
      }
      // country-level mentions name actors more often than settings: they weigh less as context
      double unit = gaz.level(cands[0]) == Level.COUNTRY || gaz.level(cands[0]) == Level.AREA ? COUNTRY_MENTION : 1.0;
      double[] p = new double[cands.length];
      double top = prior(cands[0]);
      double z = 0;
      for (int i = 0; i < cands.length; i++) {
        p[i] = Math.pow(10, prior(cands[i]) - top);
        z += p[i];
      }
      for (int i = 0; i < cands.length; i++) {
        int e = cands[i];
        double w = unit * p[i] / z;
        if (gaz.countryCode(e).isEmpty()) {
          continue;
        }
        countries.merge(gaz.countryCode(e), w, Double::sum);
        countryByKey.computeIfAbsent(key, x -> new HashMap<>()).merge(gaz.countryCode(e), w, Double::sum);
        if (!gaz.admin1(e).isEmpty()) {
          String a = gaz.countryCode(e) + "." + gaz.admin1(e);
          admin1s.merge(a, w, Double::sum);
          admin1ByKey.computeIfAbsent(key, x -> new HashMap<>()).merge(a, w, Double::sum);
        }
      }
      massByKey.merge(key, unit, Double::sum);
      mass += unit;
    }

    double countryShare(String key, String cc) {
      return share(countries, countryByKey.get(key), key, cc);
    }

    double admin1Share(String key, String a1) {
      return share(admin1s, admin1ByKey.get(key), key, a1);
    }

    private double share(Map<String, Double> all, Map<String, Double> own, String key, String value) {
      double rest = mass - massByKey.getOrDefault(key, 0.0);
      if (rest <= 0) {
        return 0;
      }
      double v = all.getOrDefault(value, 0.0) - (own == null ? 0 : own.getOrDefault(value, 0.0));
      return Math.max(0, v) / (rest + SMOOTHING);
    }
  }
}

package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.geo.Gazetteer.Level;

/**
 * Lists of peers: three or more mentions joined by commas, "and" or "or" ("Utah, Washington, West Virginia and
 * Wyoming"; "Georgia, Oklahoma, Pennsylvania"), also with a repeated count ("twelve in Ontario, one in Quebec"),
 * where (nearly) every member can be a country, else (nearly) every one a state or province. A member takes that
 * kind ({@link #level}), and a comma inside the list separates peers: it is no "Paris, Texas" containment. "Ames,
 * Iowa, and Lincoln, Nebraska" is no such list: the towns are no states.
 */
final class Enumerations {
  private static final Set<String> JOINS = Set.of(",", "and", ", and", "or", ", or", "&");
  /** A join that repeats a short count or phrase before each member: "twelve in Ontario, one in Quebec". */
  private static final Pattern PARALLEL = Pattern.compile(
      "(?:,(?: and| or)?|and|or) (?:[a-z]+|\\d+)(?: [a-z]+)? (?:in|from)");
  private static final int MIN_MEMBERS = 3;
  /** Share of the members that must have a candidate of the list's level. */
  private static final double AGREEMENT = 0.8;

  private final Level[] level;

  private Enumerations(Level[] level) {
    this.level = level;
  }

  /** The level of the list mention {@code k} belongs to, or null when it belongs to none. */
  Level level(int k) {
    return level[k];
  }

  static Enumerations of(Gazetteer gaz, String text, List<Toponym> tops, int[][] cands) {
    int n = tops.size();
    Level[] out = new Level[n];
    int s = 0;
    while (s < n) {
      int e = s + 1;
      boolean closed = false; // after "and Y" a comma opens Y's container: "Texas and Washington, D.C."
      while (e < n && !closed && joined(text, tops.get(e - 1), tops.get(e))) {
        closed = gap(text, tops.get(e - 1), tops.get(e)).matches("(?:, ?)?(?:and|or|&)(?: .*)?");
        e++;
      }
      if (closed && e < n && joined(text, tops.get(e - 1), tops.get(e))) {
        e--;
      }
      if (e - s >= MIN_MEMBERS) {
        Level l = common(gaz, cands, s, e);
        for (int k = s; k < e && l != null; k++) {
          out[k] = l;
        }
      }
      s = e;
    }
    return new Enumerations(out);
  }

  private static boolean joined(String text, Toponym a, Toponym b) {
    if (b.start() < a.end() || b.start() - a.end() > 30) {
      return false;
    }
    String gap = gap(text, a, b);
    return JOINS.contains(gap) || PARALLEL.matcher(gap).matches();
  }

  private static String gap(String text, Toponym a, Toponym b) {
    return text.substring(a.end(), b.start()).strip();
  }

  /** ADMIN1 or COUNTRY when at least {@link #AGREEMENT} of the members [s, e) have such a candidate, else null. */
  private static Level common(Gazetteer gaz, int[][] cands, int s, int e) {
    for (Level l : List.of(Level.COUNTRY, Level.ADMIN1)) {
      List<Integer> with = new ArrayList<>();
      for (int k = s; k < e; k++) {
        for (int c : cands[k]) {
          if (gaz.level(c) == l) {
            with.add(k);
            break;
          }
        }
      }
      if (with.size() >= AGREEMENT * (e - s)) {
        return l;
      }
    }
    return null;
  }
}

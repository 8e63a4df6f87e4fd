package org.dateline.geo;

import java.util.Set;
import org.dateline.geo.Toponym.Scope;

/**
 * Words around a mention that say which kind of place it is: an administrative head after it ("Washington state",
 * "Kent county", "Idlib province") or before it with "of" ("the state of Washington", "the province of Idlib")
 * restricts it to administrative units. Only lowercase heads count: "Washington State University" is an
 * institution, "Kano State" a name of its own, "the Department of Oakland Police" a body.
 */
final class Cues {
  static final Set<String> ADMIN_WORDS = Set.of("province", "governorate", "region", "state", "county",
      "district", "oblast", "prefecture", "department", "parish", "canton", "territory", "municipality",
      "provinces");
  /**
   * The heads that make an administrative unit of the name they follow. "region", "district", "area" and
   * "department" are left out: "the Charlotte region", "the Lancaster district", "Oakland police department" are a
   * city's surroundings or bodies.
   */
  private static final Set<String> HEADS_AFTER = Set.of("province", "governorate", "state", "county", "oblast",
      "prefecture", "parish", "canton", "territory", "municipality", "provinces");

  private Cues() {}

  /** The scope the words around {@code text[start, end)} give the mention: ADMIN or ANY. */
  static Scope scope(String text, int start, int end) {
    String after = wordAfter(text, end);
    if (HEADS_AFTER.contains(after)) {
      return Scope.ADMIN;
    }
    String[] before = text.substring(Math.max(0, start - 40), start).strip().split("\\s+");
    int n = before.length;
    if (n >= 2 && before[n - 1].equals("of") && ADMIN_WORDS.contains(before[n - 2])) {
      return Scope.ADMIN;
    }
    return Scope.ANY;
  }

  private static String wordAfter(String text, int end) {
    int s = end;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }
}

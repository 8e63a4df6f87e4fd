package org.dateline.quotes;

import java.util.Set;

/** US states as news writes them after a city: "Columbus, Ohio,", "Wilmington, N.C.,", "Green Bay, Wis.,". */
final class Places {
  private Places() {}

  private static final Set<String> STATES = Set.of(
      "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
      "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
      "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
      "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
      "washington", "wisconsin", "wyoming", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
      "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
      "tenn", "vt", "va", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "r.i", "s.c", "s.d", "d.c");
  private static final Set<String> TWO_WORDS = Set.of("new", "north", "south", "west", "rhode");

  /**
   * Whether the comma at {@code comma} joins a city to its state ("in Columbus, Ohio, said"): a proper noun before
   * it, a state after it and a comma or period after the state. Such a comma delimits no appositive.
   */
  static boolean joinsState(TokenView v, int comma) {
    if (comma < 1 || !",".equals(v.word(comma)) || !"NNP".equals(v.pos(comma - 1)) || !v.in(comma + 1)) {
      return false;
    }
    int after = comma + 2;
    String state = v.lower(comma + 1);
    if (TWO_WORDS.contains(state) && v.in(comma + 2)) {
      state = v.lower(comma + 2);
      after++;
    }
    state = state.endsWith(".") ? state.substring(0, state.length() - 1) : state;
    if (v.in(after) && ".".equals(v.word(after)) && v.tok(after).start() == v.tok(after - 1).end()) {
      after++; // "Calif" and its split-off period
    }
    boolean known = STATES.contains(state) || TWO_WORDS.contains(v.lower(comma + 1)) && STATE_SECONDS.contains(state);
    return known && v.in(after) && (",".equals(v.word(after)) || v.isSentencePunct(after));
  }

  /** Whether the comma at {@code comma} closes a city's state ("Columbus, Ohio, on Wednesday"): no appositive's. */
  static boolean closesState(TokenView v, int comma) {
    return cityComma(v, comma) >= 0;
  }

  /** The comma between city and state when the comma at {@code comma} closes the state, else -1. */
  static int cityComma(TokenView v, int comma) {
    if (!",".equals(v.word(comma))) {
      return -1;
    }
    for (int j = comma - 2; j >= comma - 4 && j > 0; j--) {
      if (",".equals(v.word(j))) {
        return joinsState(v, j) ? j : -1;
      }
    }
    return -1;
  }

  private static final Set<String> STATE_SECONDS = Set.of(
      "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "island");
}

package org.dateline.quotes;

import java.util.Set;

/**
 * Predicates that carry a cue verb's "to" infinitive, and join its cue as news annotation has it: an adjective of
 * readiness or likelihood after a form of "be" ("was quick to point out", "were more likely than men to say", "is
 * bold enough to tout"), a verb of going, taking or using with a short complement of its own ("went out of his way
 * to praise", "took to Twitter to say", "used his speech to call for", "appeared on state television to announce"),
 * and "taken to" before a participle ("have taken to saying"). The subject of the predicate is the source.
 */
final class InfinitiveLeads {
  private InfinitiveLeads() {}

  private static final Set<String> ADJECTIVES = Set.of(
      "quick", "likely", "unlikely", "reluctant", "willing", "unwilling", "eager", "ready", "careful", "keen", "loath",
      "loth", "hesitant", "inclined", "prepared", "bold", "anxious", "poised", "swift", "correct", "right", "wise");
  private static final Set<String> DEGREES = Set.of("more", "less", "most", "least", "too", "so", "very", "as", "all");
  private static final Set<String> BE = Set.of(
      "is", "was", "are", "were", "be", "been", "being", "am", "’s", "'s", "’re", "'re", "’m", "'m");
  private static final Set<String> VEHICLES = Set.of(
      "take", "use", "go", "appear", "hold", "return", "step", "rise", "stand", "turn", "pivot", "seize", "jump",
      "interrupt", "travel", "stop", "gather", "convene", "descend", "tweet", "post", "write", "point");
  private static final int MAX_COMPLEMENT = 6;

  /** How many words before the cue verb at {@code cue} ("to" included) belong to its cue; 0 when none do. */
  static int at(TokenView v, int cue, int lim) {
    int to = cue - 1;
    if (to - 1 < lim || !"to".equals(v.lower(to))) {
      return 0;
    }
    if ("VBG".equals(v.pos(cue))) { // "have taken to saying"
      return "take".equals(v.lemma(to - 1)) && v.pos(to - 1).startsWith("VB") ? 2 : 0;
    }
    int adjective = adjective(v, to - 1, lim);
    return adjective >= 0 ? cue - adjective : vehicle(v, to, lim, cue);
  }

  /** The start of "more likely" or "quick" ending at {@code k} after a form of "be", or -1. */
  private static int adjective(TokenView v, int k, int lim) {
    if ("enough".equals(v.lower(k))) {
      k--; // "bold enough to"
    }
    for (int t = k - 1; t >= lim && t >= k - 3; t--) {
      if ("than".equals(v.lower(t))) {
        k = t - 1; // "more likely than men to"
        break;
      }
    }
    if (k < lim || !v.pos(k).startsWith("JJ") || !ADJECTIVES.contains(v.lower(k))) {
      return -1;
    }
    int s = k;
    while (s - 1 > lim && (DEGREES.contains(v.lower(s - 1))
        || "RB".equals(v.pos(s - 1)) && v.lower(s - 1).endsWith("ly"))) {
      s--; // "slightly more likely", "all too eager"
    }
    return s - 1 >= lim && BE.contains(v.lower(s - 1)) && v.pos(s - 1).startsWith("VB") ? s : -1;
  }

  /** Words from a verb of going or using, a short complement apart from "to" at {@code to}, through the cue. */
  private static int vehicle(TokenView v, int to, int lim, int cue) {
    for (int j = to - 2; j >= lim && to - j <= MAX_COMPLEMENT + 1; j--) {
      String p = v.pos(j);
      if (v.isPunct(j) || "that".equals(v.lower(j)) || p.startsWith("W") || "CC".equals(p) || "MD".equals(p)
          || "TO".equals(p)) {
        return 0;
      }
      if (p.startsWith("VB")) {
        boolean tensed = !"VB".equals(p) && !"VBG".equals(p) || "taking".equals(v.lower(j)); // not "wants to use"
        return tensed && VEHICLES.contains(v.lemma(j)) && !objectControl(v, j, to) ? cue - j : 0;
      }
    }
    return 0;
  }

  /** "took reporters to …", "used them to …": people as the verb's object would be the infinitive's subject. */
  private static boolean objectControl(TokenView v, int verb, int to) {
    int k = verb + 1;
    while (k < to && ("DT".equals(v.pos(k)) || "PRP$".equals(v.pos(k)) || v.pos(k).startsWith("JJ"))) {
      k++;
    }
    return k < to && ("PRP".equals(v.pos(k)) || "PERSON".equals(v.tok(k).ner())
        || v.pos(k).startsWith("NN") && SpeakerDescriptor.namesPeople(v.lower(k)));
  }
}

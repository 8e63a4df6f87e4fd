package org.dateline.quotes;

import java.util.Set;

/** Short answers as reported content: "said no", "said yes", "thinks so", "said the same (for Sanders)". */
final class Answers {
  private Answers() {}

  private static final Set<String> WORDS = Set.of("yes", "no", "so");

  /** Whether the words at {@code s} (before {@code end}) are a short answer reported by the cue verb at {@code cue}. */
  static boolean at(TokenView v, int s, int end, int cue) {
    String lemma = v.lemma(cue);
    if (!"say".equals(lemma) && !"think".equals(lemma) && !"believe".equals(lemma) && !"hope".equals(lemma)) {
      return false;
    }
    String w = v.lower(s);
    if (WORDS.contains(w)) {
      return s + 1 >= end || v.isPunct(s + 1) && !v.isMark(s + 1); // "said so.", not "said so many times"
    }
    return "the".equals(w) && s + 1 < end && "same".equals(v.lower(s + 1))
        && (s + 2 >= end || v.isPunct(s + 2) || "for".equals(v.lower(s + 2)) || "about".equals(v.lower(s + 2)));
  }
}

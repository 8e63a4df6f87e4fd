package org.dateline.quotes;

import java.util.Set;

/** Short answers as reported content: "said no", "said yes", "thinks so", "said the same (for Sanders)". */
final class Answers {
  private Answers() {}

  private static final Set<String> WORDS = Set.of("yes", "no", "so");

  /**
   * The end of a short answer at {@code s} (before {@code end}) reported by the cue verb at {@code cue}, or -1. A
   * prepositional phrase after a one-word answer tells when or where it was given ("said so in December"); after
   * "the same" it names whom the answer is about and stays ("said the same of Sanders").
   */
  static int end(TokenView v, int s, int end, int cue) {
    String lemma = v.lemma(cue);
    if (!"say".equals(lemma) && !"think".equals(lemma) && !"believe".equals(lemma) && !"hope".equals(lemma)) {
      return -1;
    }
    String w = v.lower(s);
    if (WORDS.contains(w)) { // "said so.", "said so in December", not "said so many times", "said no to the war"
      boolean alone = s + 1 >= end || v.isPunct(s + 1) && !v.isMark(s + 1)
          || "IN".equals(v.pos(s + 1)) && !"that".equals(v.lower(s + 1)) && !"to".equals(v.lower(s + 1));
      return alone ? s + 1 : -1;
    }
    boolean same = "the".equals(w) && s + 1 < end && "same".equals(v.lower(s + 1));
    return same && (s + 2 >= end || v.isPunct(s + 2) || ABOUT.contains(v.lower(s + 2))) ? end : -1;
  }

  private static final Set<String> ABOUT = Set.of("for", "about", "of");
}

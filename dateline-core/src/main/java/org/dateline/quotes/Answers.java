package org.dateline.quotes;

import java.util.Set;

/**
 * Short answers as reported content: "said no", "said yes", "thinks so", "said the same (for Sanders)", and a
 * demonstrative closing the sentence ("he said that.", "few believe this.").
 */
final class Answers {
  private Answers() {}

  private static final Set<String> WORDS = Set.of("yes", "no", "so");
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this"); // "by the time he said that."
  private static final Set<String> LEMMAS = Set.of(
      "say", "think", "believe", "hope", "know", "doubt", "deny", "confirm", "expect", "suggest", "mean");

  /** Whether the words at {@code s} (before {@code end}) are a short answer reported by the cue verb at {@code cue}. */
  static boolean at(TokenView v, int s, int end, int cue) {
    if (!LEMMAS.contains(v.lemma(cue))) {
      return false;
    }
    String w = v.lower(s);
    if (WORDS.contains(w) || DEMONSTRATIVES.contains(w) && CueLexicon.isCueVerb(v, cue)) {
      return s + 1 >= end || v.isPunct(s + 1) && !v.isMark(s + 1); // "said so.", not "said so many times"
    }
    return "the".equals(w) && s + 1 < end && "same".equals(v.lower(s + 1))
        && (s + 2 >= end || v.isPunct(s + 2) || "for".equals(v.lower(s + 2)) || "about".equals(v.lower(s + 2)));
  }

  /** The end of the answer at {@code s} (see {@link #at}): the word alone, or "the same" with its clause. */
  static int end(TokenView v, int s, int end) {
    if (!"the".equals(v.lower(s))) {
      return s + 1;
    }
    int e = s + 2;
    while (e < end && !",".equals(v.word(e)) && !v.isSentencePunct(e)) {
      e++;
    }
    return e;
  }
}

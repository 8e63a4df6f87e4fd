package org.dateline.quotes;

import java.util.Set;

/**
 * The senses of "call": the telephone sense reports nothing ({@code Eric Trump called.}, {@code Obama called both
 * candidates Tuesday night}, {@code a firm called Harbor Analytics}); the naming sense has a second complement after
 * its object ({@code called Trump a liar}, {@code called the plan "reckless"}) and is active however tagged.
 */
final class CallSenses {
  private CallSenses() {}

  /** Whether the verb at {@code i} (lemma {@code lemma}) is "call" in its telephone sense or before a name. */
  static boolean reportsNothing(TokenView v, int i, String lemma) {
    if (!"call".equals(lemma) || !v.in(i + 1)) {
      return false;
    }
    int end = v.sentenceEnd(i);
    int k = objectEnd(v, i + 1, end);
    if (k < 0) {
      return false;
    }
    if (k >= end || v.isSentencePunct(k) || Modifiers.isTimeWord(v.lower(k))) {
      return true; // "Eric Trump called last week.", "Obama called both candidates Tuesday night"
    }
    boolean named = i > 0 && v.pos(i - 1).startsWith("NN") && !v.pos(i - 1).startsWith("NNP")
        && "NNP".equals(v.pos(i + 1)); // "a firm called Cambridge Analytica, which …": a name, not a naming
    String next = v.pos(k);
    return named && !next.startsWith("DT") && !next.startsWith("JJ") && !next.startsWith("NN") && !v.isMark(k);
  }

  /**
   * Whether the verb at {@code i} is "call" with an object and then a second complement (an indefinite noun phrase
   * or a quote): active however tagged ("The campaign called/VBN the report a “rush to judgment”"), as a passive
   * participle takes no two.
   */
  static boolean namesTwice(TokenView v, int i) {
    if (!"call".equals(v.lemma(i))) {
      return false;
    }
    int end = v.sentenceEnd(i);
    int k = i + 1;
    while (k < end && k < i + 8 && OBJECT_TAGS.contains(v.pos(k)) && !isSecond(v, k)) {
      k++;
    }
    return k > i + 1 && k < end && isSecond(v, k);
  }

  private static boolean isSecond(TokenView v, int k) {
    return "a".equals(v.lower(k)) || "an".equals(v.lower(k)) || v.isMark(k) && v.quoteOf(k) >= 0;
  }

  private static final Set<String> OBJECT_TAGS = Set.of(
      "NNP", "NNPS", "NN", "NNS", "POS", "DT", "PRP", "PRP$", "JJ", "CD");

  /** The token after a plain object starting at {@code s} (a name, a pronoun, a short noun phrase), or -1. */
  private static int objectEnd(TokenView v, int s, int end) {
    if (s >= end || v.isSentencePunct(s)) {
      return s;
    }
    String p = v.pos(s);
    if ("PRP".equals(p)) {
      return s + 1;
    }
    int k = s;
    while (k < end && ("DT".equals(v.pos(k)) || "PRP$".equals(v.pos(k)) || "CD".equals(v.pos(k)))) {
      k++;
    }
    int nouns = k;
    while (nouns < end && (v.pos(nouns).startsWith("NN") || "POS".equals(v.pos(nouns)))) { // "AP's report"
      nouns++;
    }
    return nouns > k ? nouns : -1;
  }
}

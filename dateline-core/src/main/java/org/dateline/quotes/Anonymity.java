package org.dateline.quotes;

import java.util.Set;

/** Sources asking not to be named: the request is why they are anonymous, never what they said. */
final class Anonymity {
  private Anonymity() {}

  /** "who asked not to be named", "requested anonymity": a source's request, never a statement. */
  static boolean request(TokenView v, int cue) {
    String lemma = v.lemma(cue);
    if (!"ask".equals(lemma) && !"request".equals(lemma) && !"demand".equals(lemma) && !"speak".equals(lemma)) {
      return false;
    }
    int k = cue + 1;
    if (v.in(k + 3) && "not".equals(v.lower(k)) && "to".equals(v.lower(k + 1)) && "be".equals(v.lower(k + 2))) {
      String w = v.lower(k + 3);
      return w.equals("named") || w.equals("identified") || w.equals("quoted");
    }
    if (v.in(k) && "that".equals(v.lower(k))) { // "asked that her name not be used", "… that he not be named"
      int end = Math.min(v.sentenceEnd(cue), k + 8);
      return stated(v, k + 1, end) || v.in(k + 2) && isName(v.lower(k + 2)) && withheld(v, k + 2, end);
    }
    return v.in(k) && "anonymity".equals(v.lower(k)) || v.in(k + 2) && "condition".equals(v.lower(k + 1))
        && "of".equals(v.lower(k + 2));
  }

  private static final Set<String> WITHHELD = Set.of("used", "published", "printed", "disclosed", "revealed");

  /**
   * "her name not be used", "their names not be published": the name at {@code name} kept out of print before
   * {@code end}.
   */
  private static boolean withheld(TokenView v, int name, int end) {
    for (int i = name + 1; i < end; i++) {
      if (WITHHELD.contains(v.lower(i)) && negatedWithin(v, Math.max(name - 1, i - 3), i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(String w) {
    return "name".equals(w) || "names".equals(w);
  }

  /** "on condition of anonymity", "on the condition that he not be named" at {@code i}: the terms, not the claim. */
  static boolean conditionAt(TokenView v, int i) {
    int k = v.in(i + 1) && "the".equals(v.lower(i + 1)) ? i + 2 : i + 1;
    return "on".equals(v.lower(i)) && v.in(k + 1) && "condition".equals(v.lower(k))
        && ("of".equals(v.lower(k + 1)) || "that".equals(v.lower(k + 1)));
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "declined", "refused", "declining", "refusing",
      "declines", "refuses");
  private static final Set<String> GIVING = Set.of("give", "gave", "giving", "provide", "disclose", "share",
      "release");

  /**
   * Whether tokens {@code [from, end)} say the source is unnamed on purpose: "speaking on condition of anonymity",
   * "who asked not to be named", "who did not want to be identified", "who declined to give her name".
   */
  static boolean stated(TokenView v, int from, int end) {
    for (int i = from; i < end; i++) {
      String w = v.lower(i);
      if ("anonymity".equals(w)
          || ("named".equals(w) || "identified".equals(w)) && negatedWithin(v, Math.max(from, i - 4), i)
          || isName(w) && i - 2 >= from && (givenAfterNegation(v, from, i) || withheld(v, i, Math.min(end, i + 6)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedWithin(TokenView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (NEGATIONS.contains(v.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** "declined to give her name", "would not give his full name": a giving verb after a refusal. */
  private static boolean givenAfterNegation(TokenView v, int from, int name) {
    for (int k = name - 1; k >= from && k >= name - 3; k--) {
      if (GIVING.contains(v.lower(k))) {
        return negatedWithin(v, Math.max(from, k - 3), k);
      }
    }
    return false;
  }
}

package org.dateline.quotes;

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
    return v.in(k) && "anonymity".equals(v.lower(k)) || v.in(k + 2) && "condition".equals(v.lower(k + 1))
        && "of".equals(v.lower(k + 2));
  }
}

package org.dateline.quotes;

/** Wire-copy furniture around reported speech that is no part of what a source said. */
final class Datelines {
  private Datelines() {}

  /**
   * After a wire dateline opening the sentence ("GENEVA (Reuters) -", "NAIROBI, Kenya --"), else {@code s}: the
   * dateline is no part of what the source said.
   */
  static int end(TokenView v, int s, int limit) {
    int k = s;
    while (k < limit && k < s + 4 && allCaps(v.word(k))) {
      k++;
    }
    if (k == s) {
      return s;
    }
    if (k < limit && ",".equals(v.word(k))) { // "NAIROBI, Kenya -"
      int j = k + 1;
      while (j < limit && j < k + 4 && Character.isUpperCase(v.word(j).charAt(0))) {
        j++;
      }
      k = j;
    }
    if (k < limit && ("(".equals(v.word(k)) || "-LRB-".equals(v.word(k)))) {
      int j = k + 1;
      while (j < limit && j < k + 6 && !")".equals(v.word(j)) && !"-RRB-".equals(v.word(j))) {
        j++;
      }
      k = j + 1;
    }
    if (k < limit && isDash(v.word(k))) {
      return k + 1;
    }
    return s;
  }

  private static boolean allCaps(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'')
        && w.chars().anyMatch(Character::isLetter);
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals("_");
  }

  /** "who asked not to be named", "requested anonymity": a source's request, never a statement. */
  static boolean anonymityRequest(TokenView v, int cue) {
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

package org.dateline.quotes;

import org.dateline.nlp.Datelines;

/** Subjects found away from the cue: the first verb's subject for "X praised Y and said…" and for participles. */
final class Subjects {
  private Subjects() {}

  /** "Wilson praised Rubio and said …": the subject of the verb coordinated with the cue. */
  static SourceFinder.Range coordinated(TokenView v, int cue, int lim) {
    int k = cue - 1;
    while (k >= lim && v.pos(k).startsWith("RB")) {
      k--;
    }
    if (k <= lim || !"CC".equals(v.pos(k))) {
      return null;
    }
    for (int i = k - 1; i > lim && i > k - 25; i--) {
      String p = v.pos(i);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p)) {
        return SourceFinder.left(v, i, lim);
      }
    }
    return null;
  }

  /**
   * The subject of the sentence's first finite verb when it opens the sentence (or follows an opening phrase and
   * comma): the speaker of ", saying …" participles.
   */
  static SourceFinder.Range ofSentence(TokenView v, int lim, int before) {
    for (int i = lim + 1; i < before && i < lim + 40; i++) {
      String p = v.pos(i);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p)) {
        SourceFinder.Range r = SourceFinder.left(v, i, lim);
        return r != null && (r.start() <= Datelines.end(v.tokens, lim, before) || ",".equals(v.word(r.start() - 1)))
            ? r : null;
      }
      if (v.isMark(i)) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code i} opens its sentence, allowing a leading conjunction or punctuation. */
  static boolean opensSentence(TokenView v, int i, int lim) {
    int s = lim;
    while (s < i && (v.pos(s).startsWith("CC") || v.isPunct(s) && !v.isMark(s))) {
      s++;
    }
    return s == i;
  }

  /** A short noun phrase at {@code s} directly followed by a finite verb: the subject of that clause. */
  static SourceFinder.Range ofClause(TokenView v, int s, int end) {
    for (int k = s + 1; k < end && k < s + 8; k++) {
      String p = v.pos(k);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p)) {
        return SourceFinder.nounPhraseLeft(v, k - 1, s);
      }
      if (!(p.startsWith("NN") || "PRP".equals(p) || "DT".equals(p) || "JJ".equals(p) || "POS".equals(p))) {
        return null;
      }
    }
    return null;
  }
}

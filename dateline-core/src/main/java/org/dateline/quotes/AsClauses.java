package org.dateline.quotes;

/**
 * {@code As X noted (in an op-ed), <content>}: a clause of attribution opened by "as" before the main clause, whose
 * whole is what X said.
 */
final class AsClauses {
  private AsClauses() {}

  /**
   * The comma closing an "as" clause whose subject is {@code src} and verb {@code cue}, or -1. The clause must open
   * the sentence (or follow a conjunction or comma) and close within a few words, before any other verb.
   */
  static int comma(TokenView v, SourceFinder.Range src, int cue, int lim, int end) {
    int as = src.start() - 1;
    if (as < lim || !"as".equals(v.lower(as)) || !"IN".equals(v.pos(as))) {
      return -1;
    }
    if (as > lim && !",".equals(v.word(as - 1)) && !"CC".equals(v.pos(as - 1))) {
      return -1;
    }
    String lemma = v.lemma(cue);
    if (!CueLexicon.isSpeech(lemma) && !CueLexicon.isStance(lemma) || !v.in(cue + 1)
        || !"IN".equals(v.pos(cue + 1)) && !v.pos(cue + 1).startsWith("RB") && !",".equals(v.word(cue + 1))
        && !"NNP".equals(v.pos(cue + 1)) && !"RP".equals(v.pos(cue + 1)) // "As experts have pointed out, …"
        && !timeAfter(v, cue)) {
      return -1; // "As Clinton seeks the nomination, …": an object makes it a time clause
    }
    for (int k = cue + 1; k < end && k < cue + 10; k++) {
      if (",".equals(v.word(k))) {
        return k + 3 < end ? k : -1;
      }
      if (v.isFinite(k) || v.isMark(k) || v.pos(k).startsWith("VB") || "that".equals(v.lower(k))) {
        return -1;
      }
    }
    return -1;
  }


  /**
   * The end of content inside a subordinate clause that opens the sentence ({@code As the minister seeks a second
   * term, the party …}): the clause's comma, or {@code end} when {@code src} does not follow such a subordinator.
   */
  static int subordinateEnd(TokenView v, SourceFinder.Range src, int cue, int lim, int end) {
    int sub = src.start() - 1;
    if (sub < lim || !Vocabulary.SUBORDINATORS.contains(v.lower(sub)) || sub > lim && !"CC".equals(v.pos(sub - 1))
        && !(sub == lim + 1 && v.isMark(lim)) && !Subjects.afterOpeningPhrase(v, sub, lim)) {
      return end;
    }
    for (int k = cue + 1; k < end; k++) {
      if (",".equals(v.word(k)) && v.quoteOf(k) < 0) {
        return k;
      }
    }
    return end;
  }

  /** "As Lee wrote yesterday, …", "As Lee wrote last year, …": a time phrase of one or two words after the cue. */
  private static boolean timeAfter(TokenView v, int cue) {
    return TimeAdjuncts.start(v, cue + 1, cue) == cue + 1
        || v.in(cue + 2) && TimeAdjuncts.start(v, cue + 2, cue) == cue + 1;
  }
}

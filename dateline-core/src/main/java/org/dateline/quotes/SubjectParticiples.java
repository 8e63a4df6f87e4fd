package org.dateline.quotes;

import java.util.Set;

/**
 * A participle cue inside the clause's subject ("Delegates supporting Lopez declined to comment", "Protesters
 * demanding his resignation marched"): its content is the object before the clause's main verb.
 */
final class SubjectParticiples {
  private SubjectParticiples() {}

  /** Participles whose object may be a clause ("a poll showing Lopez leads"): the next verb may be the object's. */
  private static final Set<String> CLAUSAL = Set.of("show", "find", "indicate", "suggest", "predict", "estimate",
      "reveal", "confirm", "report", "announce", "claim", "argue", "say", "warn", "insist", "contend", "assert");

  /**
   * The clause's main verb after the object of the participle cue at {@code cue}, when its host {@code src} opens the
   * clause right before it; else -1. Not after a verb that may take a clause ({@link #CLAUSAL}, verbs of saying
   * without an object reading).
   */
  static int mainVerb(TokenView v, int cue, SourceFinder.Range src, int lim, int end) {
    String lemma = v.lemma(cue);
    if (src == null || src.end() != cue || !"VBG".equals(v.pos(cue)) || !PostModifiers.opensClause(v, src.start(), lim)
        || CLAUSAL.contains(lemma) || CueLexicon.isSpeech(lemma) && !CueLexicon.takesObject(lemma)) {
      return -1;
    }
    for (int i = cue + 1; i < end; i++) {
      String p = v.pos(i);
      if (v.isFinite(i)) {
        return i > cue + 1 && (p.startsWith("NN") || NpTokens.isHead(v, i - 1)) ? i : -1;
      }
      if (v.isMark(i) || p.startsWith("VB") || p.startsWith("W") || "TO".equals(p) || "that".equals(v.lower(i))
          || ",".equals(v.word(i)) || ":".equals(p)) {
        return -1;
      }
    }
    return -1;
  }
}

package org.dateline.quotes;

import java.util.Set;

/**
 * Reports credited in the passive: {@code News of the move was first reported by the Miami Herald} (the subject is
 * the content, the agent the source, the cue the verb group up to the participle; PolNeAR adds "by" half the time)
 * and {@code As reported by Western Journalism, investigators found …} (the clause after the comma is the content,
 * the cue "As reported").
 */
final class PassiveReports {
  private PassiveReports() {}

  private static final Set<String> VERBS = Set.of("report", "announce", "confirm", "reveal", "disclose");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being");

  /** Whether token {@code i} is such a participle directly before "by". */
  static boolean isCue(TokenView v, int i) {
    return "VBN".equals(v.pos(i)) && VERBS.contains(v.lemma(i)) && v.in(i + 2) && "by".equals(v.lower(i + 1));
  }

  /** The attribution at {@code i}, or null when the agent is no noun phrase or nothing is reported. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    int end = ContentEnds.of(v, v.sentenceEnd(i), i);
    int k = i - 1;
    if (k >= lim && ("first".equals(v.lower(k)) || "widely".equals(v.lower(k)))) {
      k--;
    }
    boolean as = k >= lim && "as".equals(v.lower(k)) && (k == lim || ",".equals(v.word(k - 1)));
    int comma = i + 2;
    while (as && comma < end && !",".equals(v.word(comma))) {
      comma++; // "As reported by X, investigators …": the agent ends at the comma
    }
    SourceFinder.Range agent = InvertedSources.speaker(v, i + 2, as ? comma : end);
    if (agent == null || !Raising.free(agent.start(), agent.end(), used)) {
      return null;
    }
    if (as) {
      int s = agent.end();
      if (s + 2 >= end || !",".equals(v.word(s)) || !Raising.free(s + 1, end, used)) {
        return null;
      }
      Attribution at = new Attribution().cue(k, i + 1).source(agent);
      return Raising.segment(v, at, s + 1, end, used) ? at : null;
    }
    while (k >= lim && "RB".equals(v.pos(k))) {
      k--;
    }
    if (k <= lim || !BE.contains(v.lower(k))) {
      return null;
    }
    int aux = k;
    if (k - 1 > lim && ("has".equals(v.lower(k - 1)) || "had".equals(v.lower(k - 1)) || "have".equals(v.lower(k - 1)))) {
      aux = k - 1; // "has been reported by"
    }
    SourceFinder.Range subject = SourceFinder.nounPhraseLeft(v, aux - 1, lim);
    if (subject == null && SourceFinder.RELATIVES.contains(v.lower(aux - 1))) {
      subject = new SourceFinder.Range(aux - 1, aux); // "…, which was first reported by The Post"
    }
    if (subject == null || !Raising.free(subject.start(), subject.end(), used)) {
      return null;
    }
    Attribution at = new Attribution().cue(aux, i + 1).source(agent);
    return Raising.segment(v, at, subject.start(), subject.end(), used) ? at : null;
  }

  /**
   * The "quoted" of "Lee was quoted as saying", "Putin was quoted by the agency TASS as saying" before the
   * participle cue {@code cue}, or -1: the one quoted speaks, and the agent or paper between is the medium.
   */
  static int quotedAs(TokenView v, int cue, int lim) {
    if (cue - 2 <= lim || !"VBG".equals(v.pos(cue)) || !"as".equals(v.lower(cue - 1))) {
      return -1;
    }
    for (int k = cue - 2; k > lim && k >= cue - 10; k--) {
      if ("quote".equals(v.lemma(k)) && "VBN".equals(v.pos(k))) {
        return k == cue - 2 || "by".equals(v.lower(k + 1)) || "in".equals(v.lower(k + 1)) ? k : -1;
      }
      if (v.isPunct(k) || v.pos(k).startsWith("VB") || "MD".equals(v.pos(k))) {
        return -1;
      }
    }
    return -1;
  }
}

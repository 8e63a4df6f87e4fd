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
}

package org.dateline.quotes;

import java.util.Set;

/**
 * Polls and counts as sources, cued by a sentence-initial preposition: {@code In a CNN poll released Monday,
 * Clinton led …}, {@code By some measures, …}. The source is the whole noun phrase, the cue the preposition, the
 * content the rest of the clause.
 */
final class Evidence {
  private Evidence() {}

  private static final Set<String> NOUNS = Set.of(
      "poll", "polls", "polling", "survey", "surveys", "study", "studies", "tally", "count", "analysis", "estimate",
      "estimates", "measure", "measures", "average", "projections", "data", "figures", "census", "ranking",
      "rankings", "forecast", "model", "reckoning");

  /** Whether token {@code i} is "in" or "by" that may introduce such a source. */
  static boolean isCue(TokenView v, int i) {
    String w = v.lower(i);
    return ("in".equals(w) || "by".equals(w)) && v.in(i + 1);
  }

  /** The attribution at {@code i}, or null when the phrase after the preposition names no poll or count. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int end = v.sentenceEnd(i);
    if (!Subjects.opensSentence(v, i, v.sentenceStart(i))) {
      return null;
    }
    int stop = i + 1;
    while (stop < end && !",".equals(v.word(stop)) && !v.isSentencePunct(stop) && !v.isMark(stop)
        && stop - i <= 15) {
      stop++;
    }
    if (stop >= end || !namesEvidence(v, i + 1, stop)) {
      return null;
    }
    Attribution at = new Attribution().cue(i, i + 1).source(new SourceFinder.Range(i + 1, stop));
    if (",".equals(v.word(stop))) {
      IndirectSpeech.add(v, at, stop + 1, ContentEnds.of(v, end, stop), used);
    }
    return at.content.isEmpty() ? null : at;
  }

  /** A noun phrase with a poll or count noun in its first words, before any verb but a participle. */
  private static boolean namesEvidence(TokenView v, int s, int e) {
    for (int k = s; k < e && k < s + 8; k++) {
      String p = v.pos(k);
      if (NOUNS.contains(v.lower(k)) && p.startsWith("NN")) {
        return true;
      }
      if (p.startsWith("VB") && !"VBN".equals(p) || "IN".equals(p) || "PRP".equals(p)) {
        return false;
      }
    }
    return false;
  }
}

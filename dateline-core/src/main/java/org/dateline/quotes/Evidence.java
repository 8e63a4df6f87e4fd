package org.dateline.quotes;

import java.util.Set;
import org.dateline.nlp.Datelines;

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

  /** Whether {@code w} (lower case) names a poll, count or estimate. */
  static boolean isNoun(String w) {
    return NOUNS.contains(w);
  }

  /** Whether token {@code i} is "in" or "by" that may introduce such a source. */
  static boolean isCue(TokenView v, int i) {
    String w = v.lower(i);
    return ("in".equals(w) || "by".equals(w)) && v.in(i + 1);
  }

  /** The attribution at {@code i}, or null when the phrase after the preposition names no poll or count. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int end = v.sentenceEnd(i);
    if (!Subjects.opensSentence(v, i, v.sentenceStart(i))) {
      return "in".equals(v.lower(i)) ? trailing(v, i, end, used) : null;
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

  /**
   * {@code Cruz had 38 percent support in a Fox poll.}: a poll closing the clause it sources. The poll phrase must
   * run to a comma or the sentence end; the content is the clause before it, after an opening phrase and comma.
   */
  private static Attribution trailing(TokenView v, int i, int end, boolean[] used) {
    int stop = i + 1;
    while (stop < end && !",".equals(v.word(stop)) && !v.isSentencePunct(stop) && !v.isMark(stop)
        && !"by".equals(v.lower(stop)) && stop - i <= 12) {
      stop++;
    }
    if (stop - i > 12 || stop < end && v.isMark(stop) || !namesPoll(v, i + 1, stop) || used[i - 1]) {
      return null;
    }
    int lim = v.sentenceStart(i);
    int s = Datelines.end(v.tokens, lim, i);
    boolean finite = false;
    for (int k = s; k < i; k++) {
      if (v.isFinite(k)) {
        finite = true;
      } else if (",".equals(v.word(k)) && !finite) {
        s = k + 1; // "In March, Cruz had …": the opening phrase is the writer's
      } else if (v.isMark(k) || ";".equals(v.word(k)) || ",".equals(v.word(k)) && finite) {
        return null;
      }
    }
    while (s < i && (v.pos(s).startsWith("CC") || v.isPunct(s) || LEADS.contains(v.lower(s)))) {
      s++; // "But", "Though": the writer's connectives
    }
    if (!finite || i - s < 3 || v.pos(s).startsWith("W")) {
      return null;
    }
    Attribution at = new Attribution().cue(i, i + 1).source(new SourceFinder.Range(i + 1, stop));
    IndirectSpeech.add(v, at, s, i, used);
    return at.content.isEmpty() ? null : at;
  }

  private static final Set<String> LEADS = Set.of("though", "although", "while", "as", "when", "if", "because");
  private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys", "polling");
  private static final Set<String> SPECIFIC = Set.of("latest", "recent", "new", "same", "most", "every", "another");

  /**
   * A particular poll: a poll noun heading a phrase with a name, number or "latest"/"new" ("a Fox poll", "the
   * 50-state poll", "January polls"), optionally a participle and its date ("released Wednesday"); not "the polls".
   */
  private static boolean namesPoll(TokenView v, int s, int e) {
    boolean specific = false;
    for (int k = s; k < e; k++) {
      String p = v.pos(k);
      if (POLLS.contains(v.lower(k)) && p.startsWith("NN")) {
        return specific && (k + 1 == e || "VBN".equals(v.pos(k + 1)) || "IN".equals(v.pos(k + 1)));
      }
      specific |= "NNP".equals(p) || "CD".equals(p) || SPECIFIC.contains(v.lower(k));
      if (!(p.startsWith("NN") || p.startsWith("JJ") || "DT".equals(p) || "CD".equals(p) || "RB".equals(p)
          || "POS".equals(p) || "HYPH".equals(p))) {
        return false;
      }
    }
    return false;
  }

  /** A noun phrase with a poll or count noun in its first words, before any verb but a participle. */
  private static boolean namesEvidence(TokenView v, int s, int e) {
    if (v.lower(s).endsWith("ing") && !NOUNS.contains(v.lower(s))) {
      return false; // "In offering/NN analysis of the race, …": an act, not a poll
    }
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

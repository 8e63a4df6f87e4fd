package org.dateline.quotes;

import java.util.Set;

/**
 * Stance adjectives after a copula: {@code advisers were optimistic that …}, {@code Member States are concerned
 * about X}, {@code they aren't sure they've cracked it}, {@code Marcus has been critical of X}. The copula, the words
 * between and the adjective (with its preposition) are the cue; the clause or noun phrase after them the content;
 * the copula's subject the source.
 */
final class StanceAdjectives {
  private StanceAdjectives() {}

  private static final Set<String> ADJECTIVES = Set.of(
      "worried", "concerned", "confident", "convinced", "sure", "unsure", "certain", "uncertain", "optimistic",
      "pessimistic", "hopeful", "skeptical", "sceptical", "aware", "afraid", "angry", "upset", "happy", "unhappy",
      "pleased", "displeased", "disappointed", "adamant", "frustrated", "critical", "supportive", "furious",
      "outraged", "wary", "doubtful", "satisfied", "dissatisfied", "proud", "fearful", "insistent", "enthusiastic",
      "positive", "cautious", "known", "clear");
  /** Adjectives whose content may be a clause without "that": "is sure he will win". */
  private static final Set<String> BARE_CLAUSE = Set.of(
      "sure", "unsure", "confident", "convinced", "certain", "hopeful", "optimistic", "afraid", "positive", "aware");
  private static final Set<String> COPULAS = Set.of(
      "be", "feel", "seem", "remain", "become", "grow", "appear", "sound");
  private static final Set<String> PREPOSITIONS = Set.of(
      "about", "of", "with", "by", "over", "at", "toward", "towards");
  private static final Set<String> NOT_SOURCES = Set.of("it", "there", "this", "that", "what");

  /** Whether token {@code i} is such an adjective after a copula. */
  static boolean isCue(TokenView v, int i) {
    return ADJECTIVES.contains(v.lower(i)) && (v.pos(i).startsWith("JJ") || "VBN".equals(v.pos(i)))
        && copula(v, i) >= 0 && v.in(i + 1);
  }

  /** The attribution at {@code i} (see {@link #isCue}), or null without a source or content. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int cop = copula(v, i);
    int lim = v.sentenceStart(i);
    SourceFinder.Range src = SourceFinder.left(v, cop, lim);
    if (src == null || src.end() - src.start() == 1 && NOT_SOURCES.contains(v.lower(src.start()))) {
      return null; // "it is certain that …": no one holds the stance
    }
    int end = v.sentenceEnd(i);
    int next = i + 1;
    String w = v.lower(next);
    boolean known = "known".equals(v.lower(i));
    if (known && !"for".equals(w)) {
      return null; // "known as" names, it reports no stance
    }
    Attribution at = known ? new Attribution() : new Attribution().source(src);
    if (known) { // PolNeAR: no one holds a reputation; the one known and what for are the content
      IndirectSpeech.add(v, at, src.start(), src.end(), used, 1);
    }
    if ("that".equals(w)) {
      at.cue(cop, next);
      IndirectSpeech.add(v, at, next, ContentEnds.of(v, end, i), used);
    } else if ((PREPOSITIONS.contains(w) || known) && v.in(next + 1) && !v.isPunct(next + 1)) {
      at.cue(cop, next + 1);
      IndirectSpeech.add(v, at, next + 1, ContentEnds.of(v, end, next), used);
    } else if (BARE_CLAUSE.contains(v.lower(i)) && subjectThenVerb(v, next, end)) {
      at.cue(cop, next);
      IndirectSpeech.add(v, at, next, ContentEnds.of(v, end, i), used);
    }
    return at.content.isEmpty() ? null : at;
  }

  /** The copula before the adjective at {@code i}, across up to three adverbs ("were not very"), or -1. */
  private static int copula(TokenView v, int i) {
    int lim = v.sentenceStart(i);
    for (int k = i - 1; k >= lim && k >= i - 4; k--) {
      if (v.pos(k).startsWith("VB") && COPULAS.contains(v.lemma(k)) || isContractedBe(v, k)) {
        return k;
      }
      if (!v.pos(k).startsWith("RB") && !"JJR".equals(v.pos(k))) { // "less pleased", "well aware", "n't sure"
        return -1;
      }
    }
    return -1;
  }

  private static boolean isContractedBe(TokenView v, int k) {
    String w = v.lower(k);
    return "’re".equals(w) || "'re".equals(w) || "’m".equals(w) || "'m".equals(w);
  }

  /** "he will", "the party can": a pronoun or short noun phrase, then a finite verb. */
  private static boolean subjectThenVerb(TokenView v, int s, int end) {
    for (int k = s; k < end && k < s + 5; k++) {
      if (v.isFinite(k)) {
        return k > s;
      }
      String p = v.pos(k);
      if (!p.startsWith("NN") && !"PRP".equals(p) && !"DT".equals(p) && !p.startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }
}

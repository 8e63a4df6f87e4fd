package org.dateline.quotes;

import java.util.Set;

/**
 * Speech and stance nouns with a possessor: {@code Pence's call for a special prosecutor}, {@code Trump's claim
 * that …}, {@code His promise to build a wall}. The possessor (with its "'s") is the source, the noun and its
 * preposition the cue, the noun phrase or clause after it the content.
 */
final class NominalCues {
  private NominalCues() {}

  private static final Set<String> NOUNS = Set.of(
      "support", "opposition", "criticism", "criticisms", "endorsement", "attack", "attacks", "call", "calls",
      "question", "questions", "concern", "concerns", "doubts", "announcement", "declaration", "declarations",
      "praise", "defense", "defence", "embrace", "rejection", "view", "views", "position", "positions", "stance",
      "proposal", "proposals", "promise", "promises", "pledge", "vow", "claim", "claims", "allegation",
      "allegations", "accusation", "accusations", "demand", "demands", "warning", "warnings", "comments",
      "remarks", "critique", "denial", "refusal", "insistence", "suggestion", "assertion", "argument", "belief",
      "complaint", "complaints", "condemnation", "admission", "description", "assessment", "characterization",
      "push", "plea", "appeal", "disdain", "contempt", "admiration", "hostility", "skepticism", "enthusiasm");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "about", "on", "against", "with");

  /** Whether token {@code i} is such a noun after a possessor and before its preposition or "that". */
  static boolean isCue(TokenView v, int i) {
    if (i == 0 || !v.in(i + 2) || !v.pos(i).startsWith("NN") || !NOUNS.contains(v.lower(i))) {
      return false;
    }
    String next = v.lower(i + 1);
    return (PREPOSITIONS.contains(next) || "that".equals(next)) && possessor(v, i - 1) != null;
  }

  /** The attribution at {@code i} (see {@link #isCue}), or null. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    SourceFinder.Range src = possessor(v, i - 1);
    int end = v.sentenceEnd(i);
    boolean infinitive = "to".equals(v.lower(i + 1)) && "VB".equals(v.pos(i + 2)); // "his call to bring …"
    boolean clause = "that".equals(v.lower(i + 1)) || infinitive;
    int s = clause ? i + 1 : i + 2;
    int e = clause && !infinitive ? ContentEnds.of(v, end, i) : phraseEnd(v, s, end); // "His call to X won him …"
    Attribution at = new Attribution().cue(i, clause ? i + 1 : i + 2).source(src);
    IndirectSpeech.add(v, at, s, e, used);
    return at.content.isEmpty() ? null : at;
  }

  /**
   * "Pence's" or "His", the possessor ending at {@code k}, or null; a possessive pronoun after a verb, particle or
   * preposition belongs to a longer verbal cue ("is doubling down on his support for").
   */
  private static SourceFinder.Range possessor(TokenView v, int k) {
    if ("PRP$".equals(v.pos(k)) && (k == 0 || !v.pos(k - 1).startsWith("VB") && !"IN".equals(v.pos(k - 1))
        && !"RP".equals(v.pos(k - 1)) && !"RB".equals(v.pos(k - 1)))) {
      return new SourceFinder.Range(k, k + 1); // "His attacks on …", not "ratcheted up his attacks on …"
    }
    if (!"POS".equals(v.pos(k)) || k == 0 || !v.pos(k - 1).startsWith("NNP")) {
      return null;
    }
    int s = k - 1;
    while (s - 1 >= v.sentenceStart(k) && v.pos(s - 1).startsWith("NNP")) {
      s--;
    }
    return new SourceFinder.Range(s, k + 1);
  }

  /** The object noun phrase: up to a comma, clause punctuation, a finite verb or a relative pronoun. */
  static int phraseEnd(TokenView v, int s, int end) {
    int e = s;
    while (e < end && !",".equals(v.word(e)) && !v.isSentencePunct(e) && !";".equals(v.word(e))
        && !":".equals(v.word(e)) && !v.isFinite(e) && !"WDT".equals(v.pos(e)) && !"WP".equals(v.pos(e))
        && !(v.isMark(e) && e > s && v.quoteOf(e) != v.quoteOf(s))) {
      e++;
    }
    return e;
  }
}

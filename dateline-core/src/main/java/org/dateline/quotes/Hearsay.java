package org.dateline.quotes;

/**
 * "Reportedly" as the whole cue: {@code The FBI is reportedly making arrangements to …}. Nobody is named, so the
 * attribution has no source; the content is the clause less the adverb, in two segments (subject and what comes
 * before the adverb, then the predicate). Before a verb of saying the adverb is that verb's ({@code Trump reportedly
 * said …}) and this cue stands aside.
 */
final class Hearsay {
  private Hearsay() {}

  /** Whether token {@code i} is such an adverb; a capitalised one mid-sentence is a headline's, not a report's. */
  static boolean isCue(TokenView v, int i) {
    return "reportedly".equals(v.word(i)) && v.in(i + 1);
  }

  /** The attribution at {@code i}, or null when no subject precedes it or a verb of saying follows it. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    int verb = i + 1;
    while (v.in(verb + 1) && (SourceFinder.AUXILIARIES.contains(v.lower(verb)) || "RB".equals(v.pos(verb)))) {
      verb++;
    }
    if (!v.pos(verb).startsWith("VB") && !"JJ".equals(v.pos(verb)) && !"IN".equals(v.pos(verb))
        || CueLexicon.isSpeech(v.lemma(verb))) {
      return null; // "Trump reportedly said": the verb's own cue
    }
    SourceFinder.Range subject = SourceFinder.left(v, i, lim);
    if (subject == null || v.pos(subject.start()).startsWith("W")) {
      return null; // "who reportedly has": the relative clause belongs to its head
    }
    int end = ContentEnds.of(v, v.sentenceEnd(i), i);
    Attribution at = new Attribution().cue(i, i + 1);
    if (!Raising.free(subject.start(), i, used) || !Raising.free(i + 1, end, used)) {
      return null;
    }
    return Raising.segment(v, at, subject.start(), i, used) && Raising.segment(v, at, i + 1, end, used) ? at : null;
  }
}

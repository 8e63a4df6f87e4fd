package org.dateline.quotes;

import java.util.List;

/**
 * A relative clause inside a speaker's phrase that is an attribution of its own: "The minister, who called the
 * strike "illegal," now says …". The clause's verb is found after the sentence's verbs of saying have claimed the
 * whole phrase; it becomes a relation with "who" as its source, and the outer speaker ends before the clause, as
 * PolNeAR marks it (every "who" source in its training part follows a source that ends at the comma).
 */
final class Relatives {
  private Relatives() {}

  /** The attribution of the cue verb at {@code cue} inside another attribution's source, or null. */
  static Attribution inSource(TokenView v, int cue, boolean[] used, List<Attribution> all) {
    int who = cue - 1;
    while (who > 0 && SourceFinder.AUXILIARIES.contains(v.lower(who))) {
      who--;
    }
    if (who < 1 || !"who".equals(v.lower(who)) || !",".equals(v.word(who - 1))
        || !CueLexicon.isSpeechCue(v, cue) && !CallSenses.namesTwice(v, cue)) {
      return null;
    }
    Attribution outer = null;
    for (Attribution a : all) {
      if (a.sourceStart < who - 1 && cue < a.sourceEnd) {
        outer = a;
      }
    }
    if (outer == null) {
      return null;
    }
    boolean[] free = used.clone();
    for (int i = who - 1; i < outer.sourceEnd; i++) {
      free[i] = false;
    }
    Attribution a = IndirectSpeech.atVerb(v, cue, free, all);
    if (a == null || a.sourceStart != who || a.content.isEmpty()
        || a.content.get(a.content.size() - 1)[1] > v.tok(outer.sourceEnd - 1).end()) {
      return null;
    }
    outer.sourceEnd = who - 1;
    return a;
  }
}

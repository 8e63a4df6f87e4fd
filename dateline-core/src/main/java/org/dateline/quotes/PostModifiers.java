package org.dateline.quotes;

import java.util.Set;

/**
 * Subjects whose head noun is followed by an adjective or participle phrase: "a person familiar with the talks",
 * "sources close to the campaign", "exit polls conducted by Edison", "polls released Sunday". The noun phrase found
 * next to the cue is the phrase's object; the speaker starts at the head before it.
 */
final class PostModifiers {
  private PostModifiers() {}

  private static final Set<String> PREPOSITIONS = Set.of("with", "to", "by", "in", "on", "for", "from", "at");

  /**
   * The start of the subject whose noun phrase {@code [s, last]} closes a post-modifier, or {@code s} when none
   * precedes it.
   */
  static int headBefore(TokenView v, int s, int last, int limit) {
    int mod = s - 1;
    if (mod - 1 >= limit && PREPOSITIONS.contains(v.lower(mod))) {
      mod--;
    } else if (!(s == last && Modifiers.isTimeWord(v.lower(s)) && "VBN".equals(v.pos(mod)))) {
      return s; // only "released Sunday" goes without a preposition
    }
    if (mod - 1 < limit || !("JJ".equals(v.pos(mod)) || "VBN".equals(v.pos(mod)))
        || !SourceFinder.isHead(v, mod - 1) || v.pos(mod - 1).startsWith("PRP")) {
      return s;
    }
    SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, mod - 1, limit);
    return head == null ? s : head.start();
  }

  /** The end of a post-modifier after a noun phrase ending before {@code e} ("involved in the talks"), else {@code e}. */
  static int after(TokenView v, int e, int limit) {
    if (e + 2 >= limit || !("JJ".equals(v.pos(e)) || "VBN".equals(v.pos(e)))
        || !PREPOSITIONS.contains(v.lower(e + 1)) || !v.pos(e - 1).startsWith("NN")) {
      return e;
    }
    int k = e + 2;
    while (k < limit && (v.pos(k).startsWith("NN") || v.pos(k).startsWith("DT") || v.pos(k).startsWith("JJ")
        || "POS".equals(v.pos(k)) || "PRP$".equals(v.pos(k)) || "CD".equals(v.pos(k)))) {
      k++;
    }
    return k > e + 2 && v.pos(k - 1).startsWith("NN") ? k : e;
  }
}

package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Token;

/**
 * Corrections of part-of-speech tags that the quote rules depend on and the tagger gets wrong in news copy: a
 * contracted "’s" after a pronoun is a verb ("he’s", "that’s"), not a possessive; "Will" before a past or
 * present-tense verb is a name (a modal is never followed by one).
 */
final class Retags {
  private Retags() {}

  private static final Set<String> CLITIC_HOSTS = Set.of(
      "he", "she", "it", "that", "there", "what", "who", "here", "where", "this", "everyone", "nobody", "everything",
      "nothing", "somebody", "someone", "something");

  /** Rewrites {@code pos} in place; {@code lower} holds the lower-cased words. */
  static void apply(List<Token> tokens, String[] lower, String[] pos) {
    for (int i = 1; i < pos.length; i++) {
      String w = lower[i];
      if (("’s".equals(w) || "'s".equals(w)) && "POS".equals(pos[i]) && CLITIC_HOSTS.contains(lower[i - 1])
          && tokens.get(i - 1).end() == tokens.get(i).start()) {
        pos[i] = "VBZ";
      }
    }
    for (int i = 0; i + 1 < pos.length; i++) {
      if ("MD".equals(pos[i]) && "Will".equals(tokens.get(i).word())
          && ("VBD".equals(pos[i + 1]) || "VBZ".equals(pos[i + 1]))) {
        pos[i] = "NNP";
      }
    }
  }
}

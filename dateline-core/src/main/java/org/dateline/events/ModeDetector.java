package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.events.Lexicon.Kind;
import org.dateline.events.TriggerMatcher.Trigger;
import org.dateline.nlp.Token;

/**
 * Event modes from the words around a trigger: "negated" (not, n't, never, no), "hypothetical" (would, could,
 * might, may, should, if, unless) and "future" (will, shall, going to, about to, plans to), in that order of
 * precedence. Verbs look back to their subject; nouns look ahead to their verb ("an offensive ... would be") and
 * are negated only by "no"/"without" ("was not involved in the talks" does not negate the talks).
 */
final class ModeDetector {
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "if", "unless",
      "'d");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> FUTURE_FRAMES = Set.of("about", "going", "plan", "plans", "planning", "intend",
      "intends", "expected");
  private static final Set<String> STOPS = Set.of(",", ";", ":", "and", "but", "that", "which", "who");
  private static final int VERB_WINDOW = 5;
  private static final int NOUN_WINDOW = 15;

  private ModeDetector() {}

  static Optional<String> mode(List<Token> tokens, Trigger t, int sentenceStart, int sentenceEnd) {
    boolean negated = false;
    boolean hypothetical = false;
    boolean future = false;
    if (t.kind() == Kind.N) {
      for (int k = t.start() - 1; k >= Math.max(sentenceStart, t.start() - 2); k--) {
        negated |= lower(tokens.get(k)).equals("no") || lower(tokens.get(k)).equals("without");
      }
    }
    for (int k = t.start() - 1; t.kind() != Kind.N && k >= Math.max(sentenceStart, t.start() - VERB_WINDOW); k--) {
      String w = lower(tokens.get(k));
      if (STOPS.contains(w) || (tokens.get(k).pos().startsWith("NN") && t.kind() != Kind.S)) {
        break;
      }
      negated |= NEGATION.contains(w);
      hypothetical |= HYPOTHETICAL.contains(w);
      future |= FUTURE.contains(w) || FUTURE_FRAMES.contains(w);
    }
    if (t.kind() != Kind.V) {
      for (int k = t.end(); k < Math.min(sentenceEnd, t.end() + NOUN_WINDOW); k++) {
        String w = lower(tokens.get(k));
        String p = tokens.get(k).pos();
        if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
          break;
        }
        hypothetical |= w.equals("would") || w.equals("could") || w.equals("might");
        future |= w.equals("will");
      }
    }
    if (negated) {
      return Optional.of("negated");
    }
    if (hypothetical) {
      return Optional.of("hypothetical");
    }
    return future ? Optional.of("future") : Optional.empty();
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}

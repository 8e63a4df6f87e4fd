package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.events.Lexicon.Coding;
import org.dateline.events.Lexicon.Entry;
import org.dateline.events.Lexicon.Kind;
import org.dateline.events.Lexicon.Rule;
import org.dateline.nlp.Token;

/**
 * Finds lexicon triggers among a sentence's tokens and picks each one's code: the matching pattern with the most
 * words wins, else the trigger's default. Verbs must be tagged as verbs (or "-ed" adjectives such as
 * "concerned"), nouns as nouns; stance phrases are looked for only in attributed statements.
 */
final class TriggerMatcher {
  /** A trigger at tokens {@code [start, end)} and its lexicon entry. */
  record Trigger(int start, int end, Kind kind, Entry entry) {}

  /** Verbs after which an "-ed" adjective reports a stance ("remains concerned", "are encouraged"). */
  private static final java.util.Set<String> PREDICATIVE = java.util.Set.of("be", "remain", "seem", "feel", "appear",
      "become", "deeply", "very", "extremely", "gravely", "greatly", "increasingly");
  private static final int BEFORE = 5;
  private static final int AFTER = 10;
  private final Lexicon lexicon;

  TriggerMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Triggers in {@code [from, to)} outside {@code blocked} tokens (actor phrases), in text order. */
  List<Trigger> find(List<Token> tokens, int from, int to, boolean[] blocked, boolean attributed) {
    List<Trigger> out = new ArrayList<>();
    int k = from;
    while (k < to) {
      Trigger t = blocked[k - from] ? null : at(tokens, k, from, to, attributed);
      if (t == null) {
        k++;
        continue;
      }
      out.add(t);
      k = t.end();
    }
    return out;
  }

  private Trigger at(List<Token> tokens, int k, int from, int to, boolean attributed) {
    Token tok = tokens.get(k);
    String pos = tok.pos();
    if (attributed) {
      Trigger s = match(Kind.S, tokens, k, from, to);
      if (s != null) {
        return s;
      }
    }
    boolean attributive = pos.equals("VBN") && k > from && (tokens.get(k - 1).pos().equals("DT")
        || tokens.get(k - 1).pos().equals("PRP$") || tokens.get(k - 1).pos().startsWith("JJ"));
    boolean verbLike = (pos.startsWith("VB") && !attributive) || (pos.startsWith("JJ") && tok.word().toLowerCase(Locale.ROOT).endsWith("ed")
        && predicative(tokens, k, from));
    if (verbLike) {
      Trigger v = match(Kind.V, tokens, k, from, to);
      if (v != null) {
        return v;
      }
    }
    return pos.startsWith("NN") ? match(Kind.N, tokens, k, from, to) : null;
  }

  /** An "-ed" adjective after a linking verb, skipping adverbs and quote marks ("remains \u201cconcerned"). */
  private static boolean predicative(List<Token> tokens, int k, int from) {
    for (int i = k - 1; i >= Math.max(from, k - 3); i--) {
      Token t = tokens.get(i);
      if (PREDICATIVE.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!t.pos().startsWith("RB") && !t.pos().equals("``") && !t.pos().equals("''")) {
        return false;
      }
    }
    return false;
  }

  private Trigger match(Kind kind, List<Token> tokens, int k, int from, int to) {
    PhraseIndex.Match<Entry> m = lexicon.index(kind).longest(tokens, k, to);
    return m == null ? null : new Trigger(k, m.end(), kind, m.value());
  }

  /**
   * The trigger's coding in its sentence {@code [from, to)}: the matching pattern with the most words, else the
   * default; null when neither applies. {@code compoundSource} tells whether the source is a list of actors.
   */
  static Coding coding(Trigger t, List<Token> tokens, int from, int to, boolean compoundSource) {
    Rule best = null;
    for (Rule r : t.entry().rules) {
      if ((best == null || r.weight() > best.weight()) && (!r.compound() || compoundSource)
          && matchesBefore(r, tokens, t.start(), from) && matchesAfter(r, tokens, t.end(), to)) {
        best = r;
      }
    }
    return best != null ? best.coding() : t.entry().fallback;
  }

  private static boolean matchesBefore(Rule r, List<Token> tokens, int k, int from) {
    return inOrder(r.before(), tokens, Math.max(from, k - BEFORE), k);
  }

  private static boolean matchesAfter(Rule r, List<Token> tokens, int end, int to) {
    return inOrder(r.after(), tokens, end, Math.min(to, end + AFTER));
  }

  /** True when each element matches somewhere in {@code [from, to)}, each after the previous one. */
  private static boolean inOrder(List<List<List<String>>> elements, List<Token> tokens, int from, int to) {
    int pos = from;
    for (List<List<String>> alternatives : elements) {
      int found = -1;
      for (int i = pos; i < to && found < 0; i++) {
        for (List<String> alt : alternatives) {
          if (sequenceAt(alt, tokens, i, to)) {
            found = i + alt.size();
            break;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      pos = found;
    }
    return true;
  }

  private static boolean sequenceAt(List<String> words, List<Token> tokens, int i, int to) {
    if (i + words.size() > to) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!PhraseIndex.matches(words.get(k), tokens.get(i + k))) {
        return false;
      }
    }
    return true;
  }
}

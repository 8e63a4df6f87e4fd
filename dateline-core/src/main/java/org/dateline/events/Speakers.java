package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.events.ActorResolver.Group;
import org.dateline.model.Quote;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Who speaks in each sentence, as actor codes. Quotes from the quote stage come first (speaker span resolved
 * through the actor dictionary, then the speaker's name, then its affiliation); otherwise "X said"/"said X"/"says X" in the sentence.
 * Speakers without a country of their own ("the official", "he") take the last speaker that had one, and quoted
 * sentences without an attribution take the next (or previous) sentence's speaker.
 */
final class Speakers {
  /**
   * The speaker of a sentence: its codes (empty for a named speaker who is no known actor) and where it is named;
   * {@code direct} when the sentence quotes the speaker's words (quote marks, "we", "I").
   */
  record Attribution(List<String> codes, TextSpan span, boolean direct) {
    Attribution(List<String> codes, TextSpan span) {
      this(codes, span, false);
    }

    Attribution asDirect(boolean d) {
      return new Attribution(codes, span, d);
    }

    boolean known() {
      return !codes.isEmpty();
    }
  }

  private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "state", "affirm", "stress",
      "reiterate", "announce", "declare", "insist", "explain", "write", "claim", "argue", "emphasize", "emphasise",
      "comment", "report", "says", "said", "added", "told");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d", "``", "''");

  private final ActorResolver resolver;

  Speakers(ActorResolver resolver) {
    this.resolver = resolver;
  }

  Attribution[] attribute(NlpDoc doc, List<Quote> quotes, List<List<Group>> groups, Optional<LocalDate> date) {
    List<Sentence> sentences = doc.sentences();
    Attribution[] out = new Attribution[sentences.size()];
    Attribution memory = null;
    boolean[] quoted = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      quoted[i] = doc.tokens(s).stream().anyMatch(t -> QUOTE_MARKS.contains(t.word()))
          || doc.tokens(s).stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equals("I"));
      Attribution found = fromQuotes(doc, quotes, s, date, memory);
      if (found == null) {
        found = fromCue(doc.text(), doc.tokens(), groups.get(i), s, memory);
      }
      if (found != null) {
        out[i] = found;
        memory = found.known() ? found : memory;
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null && quoted[i]) {
        out[i] = i + 1 < out.length && out[i + 1] != null ? out[i + 1]
            : i + 2 < out.length && out[i + 2] != null && quoted[i + 1] ? out[i + 2] : null;
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] == null || !out[i].known() ? null : out[i].asDirect(quoted[i]);
    }
    return out;
  }

  private Attribution fromQuotes(NlpDoc doc, List<Quote> quotes, Sentence s, Optional<LocalDate> date,
      Attribution memory) {
    for (Quote q : quotes) {
      boolean here = q.content().overlaps(s.start(), s.end()) || q.cue().map(c -> c.overlaps(s.start(), s.end())).orElse(false);
      if (!here || q.speaker().isEmpty()) {
        continue;
      }
      TextSpan span = q.speaker().get().span();
      List<String> codes = codesIn(doc, span, date);
      if (codes.isEmpty()) {
        codes = q.speaker().get().name().map(a -> codesOf(a, date)).orElse(List.of());
      }
      if (codes.isEmpty()) {
        codes = q.speaker().get().affiliation().map(a -> codesOf(a, date)).orElse(List.of());
      }
      if (!codes.isEmpty()) {
        return new Attribution(codes, span);
      }
      return memory == null ? null : new Attribution(memory.codes(), span);
    }
    return null;
  }

  private List<String> codesIn(NlpDoc doc, TextSpan span, Optional<LocalDate> date) {
    int from = -1;
    int to = -1;
    for (Token t : doc.tokens()) {
      if (t.start() >= span.start() && t.end() <= span.end()) {
        from = from < 0 ? t.index() : from;
        to = t.index() + 1;
      }
    }
    return from < 0 ? List.of() : countryCodes(resolver.resolve(doc.tokens(), from, to, date, List.of()));
  }

  /** Codes for a free-text affiliation such as "State Department", split on spaces. */
  private List<String> codesOf(String text, Optional<LocalDate> date) {
    String[] words = text.trim().split("\\s+");
    List<Token> tokens = new java.util.ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], offset, offset + words[i].length(), "NNP", words[i], "O", 0));
      offset += words[i].length() + 1;
    }
    return countryCodes(resolver.resolve(tokens, 0, tokens.size(), date, List.of()));
  }

  private static List<String> countryCodes(List<Group> groups) {
    for (Group g : groups) {
      if (g.hasCountry()) {
        return g.members().stream().filter(p -> !p.agentOnly()).findFirst().orElseThrow().codes();
      }
    }
    return List.of();
  }

  private static Attribution fromCue(String text, List<Token> tokens, List<Group> groups, Sentence s, Attribution memory) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token v = tokens.get(k);
      if (!v.pos().startsWith("VB") || !SPEECH.contains(v.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Group g : groups) {
        boolean before = g.end() <= k && k - g.end() <= 2 && adverbsOnly(tokens, g.end(), k);
        boolean after = g.start() > k && g.start() - k <= 3;
        if (before || after) {
          TextSpan span = spanOf(text, tokens, g.start(), g.end());
          if (g.hasCountry()) {
            return new Attribution(countryCodes(List.of(g)), span);
          }
          return memory == null ? null : new Attribution(memory.codes(), span);
        }
      }
      if (k > s.firstToken() && PRONOUNS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT)) && memory != null) {
        return new Attribution(memory.codes(), spanOf(text, tokens, k - 1, k));
      }
      Integer named = namedSpeaker(tokens, k, s);
      if (named != null) {
        return new Attribution(List.of(), spanOf(text, tokens, named, named + 1));
      }
    }
    return null;
  }

  /** A person named next to the speech verb who is no known actor ("Johnnie Wilson said"); null if none. */
  private static Integer namedSpeaker(List<Token> tokens, int verb, Sentence s) {
    for (int k = Math.max(s.firstToken(), verb - 8); k <= Math.min(s.endToken() - 1, verb + 2); k++) {
      if (k != verb && tokens.get(k).ner().equals("PERSON")) {
        return k;
      }
    }
    return null;
  }

  private static boolean adverbsOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String p = tokens.get(k).pos();
      if (!p.startsWith("RB") && !p.equals("MD") && !p.startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  static TextSpan spanOf(String text, List<Token> tokens, int from, int to) {
    return TextSpan.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
  }
}

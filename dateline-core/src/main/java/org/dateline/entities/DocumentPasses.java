package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** Document-level passes over the mentions of one article, run after the sentence-level ones. */
final class DocumentPasses {
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and",
      "or", "at", "by", "with", "from", "vs", "as", "but", "nor", "into", "over", "up");

  private final Lexicon lexicon;

  DocumentPasses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A title-case line (a headline: "Voters Worried Over Health") fools the tagger; its tagged names are kept only
   * when curated or also found in ordinary sentences.
   */
  static void dropUnconfirmedHeadlineNames(NlpDoc doc, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    boolean[] titleCase = new boolean[doc.sentences().size()];
    Set<String> confirmed = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      int words = 0;
      boolean lowerContentWord = false;
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        String w = t.get(k).word();
        if (Character.isLetter(w.charAt(0))) {
          words++;
          lowerContentWord |= Character.isLowerCase(w.charAt(0)) && !FUNCTION_WORDS.contains(w);
        }
      }
      titleCase[s.index()] = words >= 4 && !lowerContentWord;
    }
    for (RawMention m : out) {
      if (!titleCase[t.get(m.first()).sentence()]) {
        confirmed.add(m.name());
      }
    }
    out.removeIf(m -> {
      boolean drop = titleCase[t.get(m.first()).sentence()] && m.canonical().isEmpty() && !confirmed.contains(m.name());
      if (drop) {
        java.util.Arrays.fill(claimed, m.first(), m.end(), false);
      }
      return drop;
    });
  }

  /**
   * Document-level consistency: a name found once is a mention wherever else it is written (the tagger often
   * misses repeats), and so is the surname of a person named in full. Metonymic capitals are not propagated.
   */
  void propagate(NlpDoc doc, boolean[] claimed, List<RawMention> out) {
    Map<String, List<RawMention>> byFirstWord = new HashMap<>();
    for (RawMention m : List.copyOf(out)) {
      String[] words = m.name().split(" ");
      if (m.name().length() < 3 || m.canonical().isPresent() && lexicon.countryOfCapital(m.name()).isPresent()) {
        continue;
      }
      byFirstWord.computeIfAbsent(firstWord(m.name()), k -> new ArrayList<>()).add(m);
      String last = words[words.length - 1];
      if (m.type() == EntityType.PERSON && words.length > 1 && last.length() > 2 && !lexicon.isTitleWord(last)) {
        byFirstWord.computeIfAbsent(firstWord(last), k -> new ArrayList<>())
            .add(new RawMention(m.first(), m.end(), m.start(), m.stop(), EntityType.PERSON, last, Optional.empty()));
      }
    }
    if (byFirstWord.isEmpty()) {
      return;
    }
    List<Token> t = doc.tokens();
    for (int i = 0; i < t.size(); i++) {
      List<RawMention> candidates = claimed[i] ? null : byFirstWord.get(firstWord(t.get(i).word()));
      if (candidates == null) {
        continue;
      }
      RawMention best = null;
      int bestLen = 0;
      for (int len = 1; len <= 8 && i + len <= t.size() && !claimed[i + len - 1]
          && t.get(i + len - 1).sentence() == t.get(i).sentence(); len++) {
        String text = MentionFinder.clean(doc, i, i + len);
        for (RawMention c : candidates) {
          if (c.name().equals(text)) {
            best = c;
            bestLen = len;
          }
        }
      }
      if (best != null) {
        MentionFinder.claim(claimed, i, i + bestLen);
        out.add(new RawMention(i, i + bestLen, t.get(i).start(), t.get(i + bestLen - 1).end(), best.type(),
            best.name(), best.canonical()));
        i += bestLen - 1;
      }
    }
  }

  private static String firstWord(String s) {
    int k = 0;
    while (k < s.length() && s.charAt(k) != ' ' && s.charAt(k) != '-') {
      k++;
    }
    return s.substring(0, k);
  }

}

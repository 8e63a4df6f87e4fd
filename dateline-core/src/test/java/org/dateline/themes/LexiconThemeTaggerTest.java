package org.dateline.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.Theme;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

class LexiconThemeTaggerTest {
  /** Whitespace tokens whose lemma is the lowercased word: enough for lexicon lookups. */
  static NlpDoc doc(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < text.length() && text.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        String w = text.substring(start, i);
        tokens.add(new Token(tokens.size(), w, start, i, "NN", w.toLowerCase(), "O", 0));
      }
    }
    List<Sentence> s = tokens.isEmpty() ? List.of() : List.of(new Sentence(0, 0, text.length(), 0, tokens.size()));
    return new NlpDoc(text, s, tokens);
  }

  @Test
  void conflictTextGetsConflictThemeWithEvidenceOffsets() {
    String text = "the offensive and the shelling of the city continued as the ceasefire failed";
    ThemeResult r = new LexiconThemeTagger().tag(doc(text));
    Theme conflict = r.themes().get(0);
    assertEquals("ARMED_CONFLICT", conflict.code());
    assertEquals(3, conflict.evidence().size());
    conflict.evidence().forEach(e -> assertEquals(e.text(), text.substring(e.start(), e.end())));
  }

  @Test
  void multiWordCueMatchesConsecutiveLemmas() {
    ThemeResult r = new LexiconThemeTagger().tag(doc("an air strike hit after another air strike"));
    assertEquals("air strike", r.themes().get(0).evidence().get(0).text());
  }

  @Test
  void toneIsPositiveMinusNegativeAndNegatorFlips() {
    ThemeResult good = new LexiconThemeTagger().tag(doc("we welcome the agreement and hope for peace"));
    assertTrue(good.tone().tone() > 0, "positive text: " + good.tone());
    ThemeResult flipped = new LexiconThemeTagger().tag(doc("we do not welcome this"));
    assertTrue(flipped.tone().tone() < 0, "negated welcome: " + flipped.tone());
    assertEquals(flipped.tone().positive() + flipped.tone().negative(), flipped.tone().polarity(), 1e-9);
  }

  @Test
  void singleCueIsNotATheme() {
    assertTrue(new LexiconThemeTagger().tag(doc("the election")).themes().isEmpty());
  }

  @Test
  void randomTextNeverThrows() {
    Random rnd = new Random(42);
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(60); k > 0; k--) {
        sb.append((char) (rnd.nextInt(3) == 0 ? ' ' : 33 + rnd.nextInt(0x2000)));
      }
      ThemeResult r = new LexiconThemeTagger().tag(doc(sb.toString()));
      assertTrue(r.tone().wordCount() >= 0);
    }
  }
}

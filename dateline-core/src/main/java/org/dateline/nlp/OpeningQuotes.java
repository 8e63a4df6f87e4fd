package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Opening quote marks that CoreNLP reads as closing ones. With the doubled apostrophe that some papers use for both
 * marks ({@code resorts. ''I assume …''}) the tokenizer tags the second opening mark {@code ''} and the splitter
 * leaves it at the end of the sentence before, so the quote seems to close there. The layout settles it: a mark
 * after sentence-final punctuation and a space, touching a capitalised word, opens the next sentence.
 */
final class OpeningQuotes {
  private OpeningQuotes() {}

  /**
   * Which tokens start a sentence: those CoreNLP started one at ({@code firsts}, ascending), except that such a mark
   * takes the start over from the word it touches.
   */
  static boolean[] sentenceStarts(String text, List<CoreLabel> labels, List<Integer> firsts) {
    boolean[] starts = new boolean[labels.size()];
    for (int f : firsts) {
      starts[f] = true;
    }
    for (int k = 1; k + 1 < labels.size(); k++) {
      if (opens(text, labels, k)) {
        starts[k] = true;
        starts[k + 1] = false;
      }
    }
    return starts;
  }

  private static boolean opens(String text, List<CoreLabel> labels, int k) {
    CoreLabel mark = labels.get(k);
    if (!"''".equals(mark.tag())) {
      return false;
    }
    CoreLabel before = labels.get(k - 1);
    CoreLabel next = labels.get(k + 1);
    String prev = text.substring(before.beginPosition(), before.endPosition());
    return (".".equals(prev) || "?".equals(prev) || "!".equals(prev))
        && before.endPosition() < mark.beginPosition()
        && next.beginPosition() == mark.endPosition()
        && Character.isUpperCase(text.codePointAt(next.beginPosition()));
  }
}

package org.dateline.nlp;

import java.util.List;
import java.util.Objects;

/** The linguistic annotation of one text: sentences and tokens, all offsets into {@code text}. */
public record NlpDoc(String text, List<Sentence> sentences, List<Token> tokens) {
  public NlpDoc {
    Objects.requireNonNull(text, "text must not be null");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** Tokens of sentence {@code s}. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence containing character {@code offset}, or the last sentence starting before it; -1 if none. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

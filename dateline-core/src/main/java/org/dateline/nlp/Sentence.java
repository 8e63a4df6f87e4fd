package org.dateline.nlp;

/** A sentence: character offsets {@code [start, end)} and token indexes {@code [firstToken, endToken)}. */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
  public Sentence {
    if (start < 0 || end < start || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad sentence bounds: chars [" + start + ", " + end + "), tokens ["
          + firstToken + ", " + endToken + ")");
    }
  }
}

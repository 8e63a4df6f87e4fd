package org.dateline.model;

/**
 * GDELT-style tone: {@code tone = positive - negative}, all as percentages of {@code wordCount};
 * {@code polarity = positive + negative}.
 */
public record Tone(double tone, double positive, double negative, double polarity, int wordCount) {
  public Tone {
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must be >= 0, got " + wordCount);
    }
  }
}

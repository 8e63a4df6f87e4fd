package org.dateline.nlp;

import java.util.List;

/**
 * The wire dateline that opens a story: "GENEVA (Reuters) -", "NAIROBI, Kenya --". Token-level, so every stage that
 * must tell the dateline from the story (quotes, places) reads it the same way.
 */
public final class Datelines {
  private static final int MAX_NAME_TOKENS = 4;

  private Datelines() {}

  /**
   * The end of the all-capitals place name starting at token {@code from} when a bracket, comma or dash follows it
   * (the head of a dateline), else -1. Scans no further than {@code limit}.
   */
  public static int headEnd(List<Token> tokens, int from, int limit) {
    int k = from;
    while (k < limit && k < from + MAX_NAME_TOKENS && allCaps(tokens.get(k).word())) {
      k++;
    }
    if (k == from || k >= limit) {
      return -1;
    }
    String next = tokens.get(k).word();
    return next.equals("(") || next.equals("-LRB-") || next.equals(",") || isDash(next) ? k : -1;
  }

  /**
   * The index after a whole dateline starting at token {@code from} (name, optional ", Country" and ", Month
   * day", optional "(Agency)", then a dash), else {@code from}. Scans no further than {@code limit}.
   */
  public static int end(List<Token> tokens, int from, int limit) {
    int k = headEnd(tokens, from, limit);
    if (k < 0) {
      return from;
    }
    if (",".equals(tokens.get(k).word())) { // "NAIROBI, Kenya -", "LONDON, March 3 (Reuters) -"
      int j = k + 1;
      while (j < limit && j < k + 7 && placeOrDay(tokens.get(j).word(), j > k + 1)) {
        j++;
      }
      k = j;
    }
    if (k < limit && ("(".equals(tokens.get(k).word()) || "-LRB-".equals(tokens.get(k).word()))) {
      int j = k + 1;
      while (j < limit && j < k + 6 && !")".equals(tokens.get(j).word()) && !"-RRB-".equals(tokens.get(j).word())) {
        j++;
      }
      k = j + 1;
    }
    return k < limit && isDash(tokens.get(k).word()) ? k + 1 : from;
  }

  /** A capitalised word, or after the first a day of the month or a comma: "Kenya", "March 3", "Kenya, March". */
  private static boolean placeOrDay(String w, boolean later) {
    return Character.isUpperCase(w.charAt(0)) || later && (w.matches("\\d{1,2}") || ",".equals(w));
  }

  private static boolean allCaps(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'')
        && w.chars().anyMatch(Character::isLetter);
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals("\u2015") // ―
        || w.equals("_");
  }
}

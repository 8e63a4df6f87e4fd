package org.dateline.quotes;

import java.util.List;
import java.util.Set;

/** The writer's connectives between a subject and its cue: "Smith, however, said", "Lee, for her part, told". */
final class Connectives {
  private Connectives() {}

  private static final Set<String> SINGLE = Set.of(
      "however", "meanwhile", "though", "instead", "too", "also", "likewise", "nonetheless", "nevertheless",
      "therefore", "thus", "ultimately", "again", "moreover", "similarly", "separately", "indeed");
  private static final List<List<String>> PHRASES = List.of(
      List.of("in", "turn"), List.of("in", "fact"), List.of("of", "course"), List.of("by", "contrast"),
      List.of("in", "contrast"), List.of("for", "his", "part"), List.of("for", "her", "part"),
      List.of("for", "its", "part"), List.of("for", "their", "part"), List.of("at", "the", "same", "time"),
      List.of("for", "instance"), List.of("for", "example"), List.of("in", "particular"));

  /**
   * The token before {@code , connective ,} when {@code k} is its closing comma (the subject's last token), else
   * {@code k}.
   */
  static int before(TokenView v, int k, int limit) {
    if (k < limit || !",".equals(v.word(k))) {
      return k;
    }
    if (k - 2 > limit && ",".equals(v.word(k - 2)) && SINGLE.contains(v.lower(k - 1))) {
      return k - 3;
    }
    for (List<String> p : PHRASES) {
      int open = k - p.size() - 1;
      if (open > limit && ",".equals(v.word(open)) && matches(v, open + 1, p)) {
        return open - 1;
      }
    }
    return k;
  }

  /** Whether tokens {@code [s, e)} are exactly one connective: "meanwhile", "for her part". */
  static boolean isAside(TokenView v, int s, int e) {
    if (e - s == 1) {
      return SINGLE.contains(v.lower(s));
    }
    for (List<String> p : PHRASES) {
      if (p.size() == e - s && matches(v, s, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(TokenView v, int s, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(v.lower(s + i))) {
        return false;
      }
    }
    return true;
  }
}

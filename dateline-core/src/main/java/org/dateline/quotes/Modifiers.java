package org.dateline.quotes;

import java.util.Set;

/** Words between a cue and its content that belong to neither: "said Monday", "said in a statement", "told X that". */
final class Modifiers {
  private Modifiers() {}

  private static final Set<String> TIME = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tonight", "recently", "earlier", "later", "again", "also", "previously", "repeatedly", "publicly",
      "privately", "separately", "then", "too", "once", "afterward", "afterwards", "now", "first", "late", "early");
  private static final Set<String> PERIODS = Set.of(
      "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "fall", "spring", "summer",
      "winter", "day", "time");
  private static final Set<String> RELATIVE = Set.of("last", "this", "next", "earlier", "that");
  private static final Set<String> COMPLEMENT_NOUNS = Set.of(
      "notion", "idea", "fact", "claim", "claims", "report", "reports", "accusation", "accusations", "contention",
      "argument", "arguments", "assertion", "assertions", "suggestion", "suggestions", "possibility", "charge",
      "charges", "allegation", "allegations", "criticism", "protestations", "announcement", "view",
      "warning", "warnings", "assurance", "assurances", "speculation", "theory", "rumor", "rumors",
      "perception", "impression", "concern", "concerns", "fear", "fears", "hope", "hopes", "insistence", "promise",
      "pledge", "premise", "news", "word");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "during", "at", "via", "over", "through", "to");

  /** "the fact", "the claim": a noun whose "that" clause is its content, not a relative clause. */
  static boolean isComplementNoun(String lower) {
    return COMPLEMENT_NOUNS.contains(lower);
  }

  static boolean isTimeWord(String lower) {
    return TIME.contains(lower) || PERIODS.contains(lower);
  }

  /** Index of the first token at or after {@code s} that is not a time or medium modifier. */
  static int skip(TokenView v, int s, int end) {
    int k = s;
    while (k < end) {
      String w = v.lower(k);
      if (TIME.contains(w) || v.pos(k).startsWith("RB") && !"not".equals(w) && !"n't".equals(w)) {
        k++;
      } else if (RELATIVE.contains(w) && k + 1 < end && PERIODS.contains(v.lower(k + 1))) {
        k += 2;
      } else if (PREPOSITIONS.contains(w)) {
        int e = prepositionalEnd(v, k, end);
        if (e < 0) {
          break;
        }
        k = e;
      } else {
        break;
      }
    }
    return k;
  }

  /** End of "in a statement", "on Monday", "during a rally" starting at {@code k}; -1 if it is not one. */
  private static int prepositionalEnd(TokenView v, int k, int end) {
    for (int i = k + 1; i < end && i < k + 6; i++) {
      String w = v.lower(i);
      String p = v.pos(i);
      if (TIME.contains(w) || PERIODS.contains(w) || CueLexicon.SPEECH_NOUNS.contains(w)) {
        int e = i + 1;
        while (e < end && (TIME.contains(v.lower(e)) || PERIODS.contains(v.lower(e))
            || CueLexicon.SPEECH_NOUNS.contains(v.lower(e)))) {
          e++;
        }
        return e;
      }
      if (!(p.startsWith("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.startsWith("PRP$") || p.startsWith("CD")
          || "POS".equals(p) || isAdjectival(v, i))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A complementizer "that" within a few tokens after the cue, before any verb, quote or clause punctuation:
   * "told reporters in Miami on Tuesday that …". Returns its index or -1; {@code s} when "that" completes a noun
   * ("rejected the notion that …", "responded to reports that …"): the content starts there.
   */
  static int thatAhead(TokenView v, int s, int end) {
    for (int k = s; k < end && k < s + 12; k++) {
      String w = v.lower(k);
      if ("that".equals(w) && (k == s || !"DT".equals(v.pos(k)) && !"WDT".equals(v.pos(k)))) {
        return k > s && COMPLEMENT_NOUNS.contains(v.lower(k - 1)) ? s : k;
      }
      String p = v.pos(k);
      if (p.startsWith("VB") && !isAdjectival(v, k) || "MD".equals(p)
          || v.isMark(k) || v.isSentencePunct(k) || ":".equals(w)
          || "TO".equals(p) || "WDT".equals(p) || "WP".equals(p)) {
        return -1;
      }
    }
    return -1;
  }

  /** A participle used as an adjective: "a written statement", "a prepared speech". */
  private static boolean isAdjectival(TokenView v, int i) {
    String p = v.pos(i);
    return ("VBN".equals(p) || "VBG".equals(p)) && i > 0 && i + 1 < v.size()
        && (v.pos(i - 1).startsWith("DT") || v.pos(i - 1).startsWith("JJ") || v.pos(i - 1).startsWith("PRP$"))
        && (v.pos(i + 1).startsWith("NN") || v.pos(i + 1).startsWith("JJ"));
  }
}

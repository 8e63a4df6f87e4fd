package org.dateline.quotes;

import java.util.Set;

/**
 * A stretch of time that sits between a subject, its cue and the content and belongs to none of them: "has said for
 * weeks", "have argued for months that", "who has in the past described", "said in recent days", "who at the time
 * called". A measure that something else counts ("called for 10 days of mourning") is none.
 */
final class Durations {
  private Durations() {}

  private static final Set<String> UNITS = Set.of(
      "hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week", "month", "year", "decade");
  private static final Set<String> COUNTS = Set.of("several", "many", "few", "two", "three", "four", "five");
  private static final Set<String> BOUNDS = Set.of("past", "last");

  /** The end (exclusive) of the duration starting at {@code s}, or {@code s} if none starts there. */
  static int end(TokenView v, int s, int end) {
    int e = phrase(v, s, end);
    return e > s && e < end && ("of".equals(v.lower(e)) || v.pos(e).startsWith("NN")) ? s : e;
  }

  /** The first token of the duration ending at {@code k}, or -1. */
  static int start(TokenView v, int k, int limit) {
    for (int s = Math.max(limit, k - 5); s <= k; s++) {
      if (phrase(v, s, k + 1) == k + 1) {
        return s;
      }
    }
    return -1;
  }

  private static int phrase(TokenView v, int s, int end) {
    if (s + 1 >= end) {
      return s; // every duration has two words at least
    }
    String w = v.lower(s);
    int k = s + 1;
    if ("at".equals(w)) {
      return k + 1 < end && "the".equals(v.lower(k)) && "time".equals(v.lower(k + 1)) ? k + 2 : s;
    }
    if ("in".equals(w) && "recent".equals(v.lower(k))) {
      return plural(v, k + 1, end) ? k + 2 : s;
    }
    boolean the = k < end && "the".equals(v.lower(k));
    boolean bound = the && k + 1 < end && BOUNDS.contains(v.lower(k + 1));
    if ("in".equals(w) && bound && "past".equals(v.lower(k + 1))) {
      int u = count(v, k + 2, end);
      return u < end && UNITS.contains(v.lower(u)) ? u + 1 : k + 2; // "in the past", "in the past two years"
    }
    if (!"for".equals(w) && !"over".equals(w) || the && !bound && !"over".equals(w)) {
      return s;
    }
    k += bound ? 2 : the ? 1 : 0;
    int u = count(v, k, end);
    boolean measured = u > k || bound || the;
    return u < end && (measured ? UNITS.contains(v.lower(u)) : plural(v, u, end)) ? u + 1 : s;
  }

  /** After an optional count ("two", "several", "a few"), the token where the unit should stand. */
  private static int count(TokenView v, int k, int end) {
    if (k + 1 < end && "a".equals(v.lower(k)) && "few".equals(v.lower(k + 1))) {
      return k + 2;
    }
    return k < end && ("CD".equals(v.pos(k)) || COUNTS.contains(v.lower(k))) ? k + 1 : k;
  }

  private static boolean plural(TokenView v, int k, int end) {
    return k < end && UNITS.contains(v.lower(k)) && v.lower(k).endsWith("s");
  }
}

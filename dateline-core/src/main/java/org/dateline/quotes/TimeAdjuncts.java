package org.dateline.quotes;

import java.util.Set;

/** A time adjunct between a subject and its cue ("Noah on Thursday said"), which belongs to neither. */
final class TimeAdjuncts {
  private TimeAdjuncts() {}

  /** "Noah on Thursday said", "the chairman this past week announced": the token before the time adjunct ending at k. */
  static int before(TokenView v, int k, int limit) {
    int ago = agoStart(v, k, limit);
    if (ago > limit) {
      return NpTokens.isHead(v, ago - 1) ? ago - 1 : k; // "The department two weeks ago said"
    }
    int year = yearStart(v, k, limit);
    if (year > limit && isRelative(v, year - 1)) {
      return year - 1; // "who in 2010 said", "who in March 2015 told": no subject to confuse the year with
    }
    int span = Durations.start(v, k, limit); // "who has in the past described", "who at the time called"
    int s = span > limit ? span : start(v, k, limit);
    if (s > k) {
      return k;
    }
    int j = s - 1;
    while (j > limit && SourceFinder.AUXILIARIES.contains(v.lower(j))
        && (v.pos(j).startsWith("VB") || "RB".equals(v.pos(j)))) {
      j--; // "Police had last month charged", "Wells Fargo just this month announced"
    }
    boolean closes = (",".equals(v.word(j)) || ")".equals(v.word(j)) || "-RRB-".equals(v.word(j))) // "X, a Y, Friday said"
        && lowercaseOrDays(v, j + 1, k); // not "Every December, Time announces"
    return (NpTokens.isHead(v, j) || closes || isRelative(v, j)) && !Modifiers.isTimeWord(v.lower(j)) ? j : k;
  }

  /** "who on Monday said" */
  private static boolean isRelative(TokenView v, int j) {
    return v.pos(j).startsWith("W") && SourceFinder.RELATIVES.contains(v.lower(j));
  }

  /** The "in" of "in 2010" or "in March 2015" ending at {@code k}, else -1. */
  private static int yearStart(TokenView v, int k, int limit) {
    if (k - 1 <= limit || !"CD".equals(v.pos(k)) || !Modifiers.isDate(v, k)) {
      return -1;
    }
    int j = k - 1;
    if (j > limit && Modifiers.isDate(v, j)) {
      j--;
    }
    return j > limit && "in".equals(v.lower(j)) ? j : -1;
  }

  /**
   * The first token of the time phrase ending at {@code k} ("this week", "on Monday"), or {@code k + 1} if none; the
   * phrase leaves the token at {@code limit} to what it follows.
   */
  static int start(TokenView v, int k, int limit) {
    int j = k;
    while (j > limit && k - j < 5 && (TIME_LINKS.contains(v.lower(j)) || Modifiers.isTimeWord(v.lower(j)))) {
      j--;
    }
    boolean period = false;
    for (int i = j + 1; i <= k; i++) {
      period |= Modifiers.isTimeWord(v.lower(i)) && !SourceFinder.AUXILIARIES.contains(v.lower(i));
    }
    return period ? j + 1 : k + 1;
  }

  /** The start of "two weeks ago", "less than a year ago", "a few days ago" ending at {@code k}, else -1. */
  private static int agoStart(TokenView v, int k, int limit) {
    int j = k - 1;
    if (j - 1 < limit || !"ago".equals(v.lower(k)) || !AGO_UNITS.contains(v.lower(j))) {
      return -1;
    }
    j--;
    if ("few".equals(v.lower(j)) || "couple".equals(v.lower(j))) {
      j--;
    }
    if (j < limit || !("CD".equals(v.pos(j)) || "DT".equals(v.pos(j)) || "several".equals(v.lower(j)))) {
      return -1;
    }
    boolean comparison = j - 2 >= limit && "than".equals(v.lower(j - 1))
        && ("less".equals(v.lower(j - 2)) || "more".equals(v.lower(j - 2)));
    if (comparison) {
      j -= 2;
    } else if (j - 1 >= limit && ("about".equals(v.lower(j - 1)) || "nearly".equals(v.lower(j - 1)))) {
      j--;
    }
    return j;
  }

  private static final Set<String> AGO_UNITS = Set.of(
      "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

  private static boolean lowercaseOrDays(TokenView v, int s, int e) {
    for (int i = s; i <= e; i++) {
      if (!Character.isLowerCase(v.word(i).charAt(0)) && !DAYS.contains(v.lower(i))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> DAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> TIME_LINKS = Set.of("on", "last", "this", "past", "next", "late", "early");
}

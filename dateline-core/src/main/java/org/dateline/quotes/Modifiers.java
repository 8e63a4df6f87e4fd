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
      "pledge", "premise", "news", "word", "evidence", "proof", "indication", "message");
  private static final Set<String> PREPOSITIONS = Set.of(
      "on", "in", "during", "at", "via", "over", "through", "to", "for");

  /** Adverbs that open reported content rather than modify its cue: "said only 40 percent …", "said perhaps …". */
  private static final Set<String> CONTENT_ADVERBS = Set.of(
      "only", "just", "even", "perhaps", "maybe", "probably", "possibly", "nearly", "almost", "roughly", "about",
      "around", "approximately", "virtually", "fewer", "less", "more", "most", "likely", "certainly", "clearly",
      "obviously", "surely");

  /**
   * Whether token {@code s} opens reported content although it is an adverb or preposition: a content adverb, a
   * quantity ("about half", "between 100 and 150"), or the first part of a hyphenated compound ("first-time").
   */
  static boolean opensContentAsModifier(TokenView v, int s) {
    String w = v.lower(s);
    if (CONTENT_ADVERBS.contains(w) && v.pos(s).startsWith("RB")) {
      return true;
    }
    if (s + 1 < v.size() && QUANTITY_PREPOSITIONS.contains(w) && "IN".equals(v.pos(s))) {
      String n = v.lower(s + 1);
      return "CD".equals(v.pos(s + 1)) || "half".equals(n) || "a".equals(n) || "one".equals(n)
          || n.matches("(one|two|three|four)-(third|thirds|quarter|quarters|fifth|fifths)"); // "about one-third"
    }
    if (s + 1 < v.size() && "at".equals(w) && ("least".equals(v.lower(s + 1)) || "most".equals(v.lower(s + 1)))) {
      return true; // "reported at least 20 victims"
    }
    return compound(v, s);
  }

  private static final Set<String> QUANTITY_PREPOSITIONS = Set.of("about", "around", "between", "over", "under");

  /** "first-time": a word joined to the next by a hyphen, so part of a compound modifier. */
  private static boolean compound(TokenView v, int s) {
    return s + 2 < v.size() && "-".equals(v.word(s + 1)) && v.tok(s).end() == v.tok(s + 1).start()
        && v.tok(s + 1).end() == v.tok(s + 2).start();
  }

  /** "the fact", "the claim": a noun whose "that" clause is its content, not a relative clause. */
  static boolean isComplementNoun(String lower) {
    return COMPLEMENT_NOUNS.contains(lower);
  }

  /** The end of a time phrase at {@code s} ("last week", "on Tuesday"), or {@code s}. */
  static int timePhraseEnd(TokenView v, int s, int end) {
    int k = s < end && "on".equals(v.lower(s)) ? s + 1 : s;
    int t = k;
    while (k < end && (isTimeWord(v.lower(k)) || isDate(v, k) || isRelativeTime(v, k))) {
      k += isRelativeTime(v, k) ? 2 : 1;
    }
    return k > t ? k : s;
  }

  /** "last week", "this month": a relative word and a period at {@code k}. */
  static boolean isRelativeTime(TokenView v, int k) {
    return k + 1 < v.size() && RELATIVE.contains(v.lower(k)) && PERIODS.contains(v.lower(k + 1));
  }

  static boolean isTimeWord(String lower) {
    return TIME.contains(lower) || PERIODS.contains(lower);
  }

  /** Index of the first token at or after {@code s} that is not a time or medium modifier. */
  static int skip(TokenView v, int s, int end) {
    int k = s;
    while (k < end) {
      String w = v.lower(k);
      if (opensContentAsModifier(v, k) || k + 1 < end && "POS".equals(v.pos(k + 1))) {
        break; // "condemned Friday's test": a possessor, not a time
      }
      int event = EVENT_PREPOSITIONS.contains(w) ? eventEnd(v, k, end) : -1;
      int span = Durations.end(v, k, end);
      if (TIME.contains(w) || v.pos(k).startsWith("RB") && !"not".equals(w) && !"n't".equals(w)) {
        k++;
      } else if (k + 1 < end && isRelativeTime(v, k)) {
        if (k + 2 < end && "POS".equals(v.pos(k + 2))) {
          break; // "said this year's programme was …": a possessor, not a time
        }
        k += 2;
      } else if (span > k) {
        k = span; // "has said for weeks he is", "said in recent days"
      } else if (event > 0) {
        k = event; // "said after the convention he would not …": when, not what
      } else if (PREPOSITIONS.contains(w) || PLACE_PREPOSITIONS.contains(w)) {
        int e = PREPOSITIONS.contains(w) ? prepositionalEnd(v, k, end) : -1;
        e = e < 0 ? placeEnd(v, k, end) : e;
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

  /**
   * "statement", "listings": a speech-act noun, singular or plural; not a verb ("vowed to address the issue",
   * "pledged to release the files").
   */
  static boolean isSpeechNoun(TokenView v, int i) {
    String w = v.lower(i);
    return CueLexicon.SPEECH_NOUNS.contains(w) && !v.pos(i).startsWith("VB")
        || v.pos(i).startsWith("NN") && CueLexicon.SPEECH_NOUNS.contains(v.lemma(i))
        || "NNS".equals(v.pos(i)) && w.endsWith("s") && CueLexicon.SPEECH_NOUNS.contains(w.substring(0, w.length() - 1))
        || i >= 2 && "-".equals(v.word(i - 1)) && v.tok(i - 2).end() == v.tok(i - 1).start()
        && v.tok(i - 1).end() == v.tok(i).start()
        && CueLexicon.SPEECH_NOUNS.contains(v.lower(i - 2) + "-" + v.lower(i)); // "op-ed" split
  }

  private static final Set<String> EVENT_PREPOSITIONS = Set.of("after", "before", "during", "following");

  /**
   * End of "after the convention" starting at {@code k} when a clause follows it, a subject pronoun or a determiner
   * and noun, then a finite verb ("said after the convention he would …"), or "that" ("said after Saturday's 3-0
   * loss that …"); of "after winning Ohio," before such a clause, its comma included; -1 otherwise.
   */
  private static int eventEnd(TokenView v, int k, int end) {
    if (v.in(k + 1) && "VBG".equals(v.pos(k + 1))) { // "explained after winning Ohio on Mar. 15, he would …"
      for (int c = k + 2; c < end && c < k + 14 && !v.isFinite(c) && !v.isMark(c); c++) {
        if (",".equals(v.word(c))) {
          return clauseAt(v, c + 1, end) ? c + 1 : -1;
        }
      }
      return -1;
    }
    int e = k + 1;
    while (e < end && e < k + 7 && (v.pos(e).startsWith("DT") || v.pos(e).startsWith("JJ") || v.pos(e).startsWith("NN")
        || "PRP$".equals(v.pos(e)) || "POS".equals(v.pos(e)) || "CD".equals(v.pos(e))
        || "HYPH".equals(v.pos(e)))) {
      e++;
    }
    for (; e > k + 1; e--) { // "said after Tuesday's vote the plan was dead": the subject's words are not the event's
      if (v.pos(e - 1).startsWith("NN") && e + 1 < end
          && (clauseAt(v, e, end) || "that".equals(v.lower(e)) && !v.isFinite(e + 1))) { // not "that was held"
        return e;
      }
    }
    return -1;
  }

  /** A subject pronoun, or a determiner and a noun, at {@code e}, then a finite verb, all before {@code end}. */
  static boolean clauseAt(TokenView v, int e, int end) {
    return "PRP".equals(v.pos(e)) && e + 1 < end && v.isFinite(e + 1)
        || "DT".equals(v.pos(e)) && e + 2 < end && v.pos(e + 1).startsWith("NN") && v.isFinite(e + 2);
  }

  /** End of "in a statement", "on Monday", "during a rally" starting at {@code k}; -1 if it is not one. */
  private static int prepositionalEnd(TokenView v, int k, int end) {
    for (int i = k + 1; i < end && i < k + 6; i++) {
      String w = v.lower(i);
      String p = v.pos(i);
      boolean modifier = i + 1 < end && ("NN".equals(v.pos(i + 1)) || "NNS".equals(v.pos(i + 1))
          || v.pos(i + 1).startsWith("JJ")); // "during the first presidential debate": the noun comes later
      if ((TIME.contains(w) || PERIODS.contains(w)) && !modifier || isSpeechNoun(v, i) || isDate(v, i)) {
        int e = i + 1;
        while (e < end && (TIME.contains(v.lower(e)) || PERIODS.contains(v.lower(e))
            || isSpeechNoun(v, e) || isDate(v, e)
            || ("and".equals(v.lower(e)) || "of".equals(v.lower(e))) && e + 1 < end && isDate(v, e + 1))) {
          e++;
        }
        return isSpeechNoun(v, e - 1) ? Outlets.end(v, e, end) : e;
      }
      if (!(p.startsWith("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.startsWith("PRP$") || p.startsWith("CD")
          || "POS".equals(p) || isAdjectival(v, i) || "HYPH".equals(p) && isSpeechNoun(v, i + 1))) { // "an op-ed"
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

  /** A month name (capitalised), a year (1900-2099) or a day number after a month: "June 2015", "Jan. 5". */
  static boolean isDate(TokenView v, int i) {
    String w = v.lower(i);
    if (MONTHS.contains(w)) {
      return Character.isUpperCase(v.word(i).charAt(0)) && "NNP".equals(v.pos(i));
    }
    if (!"CD".equals(v.pos(i))) {
      return false;
    }
    if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return i > 0 && MONTHS.contains(v.lower(i - 1)) && w.length() <= 2 && w.chars().allMatch(Character::isDigit);
  }

  /**
   * A complementizer "that" within a few tokens after the cue, before any verb, quote or clause punctuation:
   * "told reporters in Miami on Tuesday that …". Returns its index or -1; {@code s} when "that" completes a noun
   * ("rejected the notion that …", "responded to reports that …"): the content starts there.
   */
  static int thatAhead(TokenView v, int s, int end) {
    for (int k = s; k < end && k < s + 12; k++) {
      String w = v.lower(k);
      if ("that".equals(w) && (k == s || !"DT".equals(v.pos(k)) && !"WDT".equals(v.pos(k))
          || k + 1 < end && v.isMark(k + 1) // "told reporters in Greenville that “…": no relative opens a quote
          || skip(v, s, k) == k // "said on Monday that …": only a time or medium phrase before it
          || v.pos(k - 1).startsWith("NNP") // "said on MSNBC that …": no relative "that" after a name
          || v.isMark(k - 1) // after a title skipped below: "said on ABC's “This Week” that …"
          || placePhrase(v, s, k) && clauseAfter(v, k + 1, end))) { // "said outside the courthouse that her …"
        return k > s && COMPLEMENT_NOUNS.contains(v.lower(k - 1)) && !v.pos(k - 1).startsWith("NNP")
            && !"IN".equals(v.pos(s)) ? s : k; // not "claiming without any evidence that …"
      }
      if (k > s && v.isMark(k) && Closings.isTitle(v, k)
          && (v.pos(k - 1).startsWith("NNP") || "POS".equals(v.pos(k - 1)))) {
        k = v.tokenAtOrAfter(v.quotes.get(v.quoteOf(k)).end()) - 1; // "said on ABC's “This Week” that"
        continue;
      }
      int aside = relativeAside(v, k, end);
      if (aside > 0) {
        return aside; // "said on CNN, where he is now a contributor, that …"
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

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "outside", "inside", "near", "from", "on");

  /** "outside the courthouse": a place preposition and one noun phrase fill tokens {@code s} to {@code k}. */
  private static boolean placePhrase(TokenView v, int s, int k) {
    if (k < s + 2 || !PLACE_PREPOSITIONS.contains(v.lower(s)) || !v.pos(k - 1).startsWith("NN")) {
      return false;
    }
    for (int i = s + 1; i < k; i++) {
      String p = v.pos(i);
      if (!(p.startsWith("DT") || p.startsWith("JJ") || p.startsWith("NN") || "PRP$".equals(p) || "POS".equals(p))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SPATIAL = Set.of("outside", "inside", "near");

  /**
   * "told reporters outside Downing Street she would …", "at the stadium the team …": the end of a place phrase a
   * clause follows, or -1. The place is named, determined, or after a preposition of place only; not "said in
   * politics it takes time", whose phrase is the content's.
   */
  private static int placeEnd(TokenView v, int k, int end) {
    if (k + 2 >= end) {
      return -1;
    }
    boolean spatial = SPATIAL.contains(v.lower(k));
    boolean marked = "DT".equals(v.pos(k + 1)) || "PRP$".equals(v.pos(k + 1)) || v.pos(k + 1).startsWith("NNP");
    for (int e = k + 2; e < end && e <= k + 7 && (spatial || marked); e++) {
      boolean apposition = v.pos(e).startsWith("NNP") && "NN".equals(v.pos(e - 1)); // "on the website GunBroker.com"
      if (placePhrase(v, k, e) && clauseAfter(v, e, end) && !apposition) {
        return e;
      }
    }
    return -1;
  }

  private static final Set<String> SUBJECT_TAGS = Set.of("PRP", "PRP$", "DT", "NNP", "EX");

  /** A subject then a finite verb at {@code i}: "her client would appeal", not "stands on Main Street". */
  private static boolean clauseAfter(TokenView v, int i, int end) {
    if (i >= end || !SUBJECT_TAGS.contains(v.pos(i))) {
      return false;
    }
    for (int k = i + 1; k < end && k < i + 5; k++) {
      String p = v.pos(k);
      if (v.isFinite(k)) {
        return true;
      }
      if (!(p.startsWith("NN") || p.startsWith("JJ") || p.startsWith("DT") || "POS".equals(p))) {
        return false;
      }
    }
    return false;
  }

  /** The "that" after {@code , where/who/which …,} opening at comma {@code k}, or -1. */
  static int relativeAside(TokenView v, int k, int end) {
    if (!",".equals(v.word(k)) || k + 1 >= end || !ASIDES.contains(v.lower(k + 1))) {
      return -1;
    }
    for (int c = k + 2; c < end && c < k + 16; c++) {
      if (",".equals(v.word(c))) {
        return c + 1 < end && "that".equals(v.lower(c + 1)) ? c + 1 : -1;
      }
      if (v.isMark(c) || v.isSentencePunct(c) || ";".equals(v.word(c))) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> ASIDES = Set.of("where", "who", "which", "whose");

  /**
   * The "that" ending a listener's noun phrase from {@code s} ("told members of the AFL-CIO council that …", however
   * tagged), or -1 when other words come first.
   */
  static int thatAfterListener(TokenView v, int s, int end) {
    for (int k = s; k < end && k < s + 12; k++) {
      String p = v.pos(k);
      if ("that".equals(v.lower(k))) {
        return k > s && v.pos(k - 1).startsWith("NN") && k + 1 < end && !v.pos(k + 1).startsWith("VB") ? k : -1;
      }
      if (!(p.startsWith("NN") || p.startsWith("DT") || p.startsWith("JJ") || "IN".equals(p) || "HYPH".equals(p)
          || "POS".equals(p) || "CD".equals(p) || "PRP$".equals(p) || "PRP".equals(p) && k == s)) {
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

  /**
   * After ", in blistering terms," at {@code s}: a phrase between commas before a noun-phrase content ("described, in
   * blistering terms, a set of …"), else {@code s}.
   */
  static int commaAdjunct(TokenView v, int s, int end) {
    if (s + 2 >= end || !",".equals(v.word(s)) || !("IN".equals(v.pos(s + 1)) || "RB".equals(v.pos(s + 1)))) {
      return s;
    }
    for (int k = s + 2; k + 1 < end && k < s + 10; k++) {
      if (",".equals(v.word(k))) {
        String p = v.pos(k + 1);
        boolean object = p.startsWith("DT") || p.startsWith("NN") || p.startsWith("JJ") || "PRP$".equals(p);
        return object || "that".equals(v.lower(k + 1)) ? k + 1 : s;
      }
      if (v.isFinite(k) || v.isMark(k) || "that".equals(v.lower(k))) {
        return s;
      }
    }
    return s;
  }
}

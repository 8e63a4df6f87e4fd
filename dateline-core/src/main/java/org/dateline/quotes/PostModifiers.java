package org.dateline.quotes;

import java.util.Set;

/**
 * Subjects whose head noun is followed by an adjective or participle phrase: "a person familiar with the talks",
 * "sources close to the campaign", "exit polls conducted by Edison", "polls released Sunday". The noun phrase found
 * next to the cue is the phrase's object; the speaker starts at the head before it.
 */
final class PostModifiers {
  private PostModifiers() {}

  private static final Set<String> PREPOSITIONS = Set.of("with", "to", "by", "in", "on", "for", "from", "at");

  /**
   * The start of the subject whose noun phrase {@code [s, last]} closes a post-modifier, or {@code s} when none
   * precedes it.
   */
  static int headBefore(TokenView v, int s, int last, int limit) {
    int mod = s - 1;
    int active = activeBefore(v, s, limit);
    if (active >= 0) {
      return active;
    }
    if (mod - 1 >= limit && PREPOSITIONS.contains(v.lower(mod))) {
      mod--;
    } else {
      int t = timeStart(v, s, last, limit); // only "released Sunday", "out this week" go without a preposition
      if (t - 1 < limit || !("VBN".equals(v.pos(t - 1)) || "out".equals(v.lower(t - 1)))) {
        return s;
      }
      mod = t - 1;
    }
    boolean participle = "VBN".equals(v.pos(mod))
        || "VBD".equals(v.pos(mod)) && v.lower(mod).endsWith("ed") // "People briefed/VBD on the talks"
        && !coordinates(v, s, last); // not "a woman asked/VBD for a photo and Clinton said"
    if (mod - 1 < limit || !("JJ".equals(v.pos(mod)) || participle || "out".equals(v.lower(mod))
        || "close".equals(v.lower(mod)))) { // "People close/RB to the Clintons"
      return s;
    }
    if (Vocabulary.PRONOUN_HEADS.contains(v.lower(mod - 1))) {
      return mod - 1; // "Those close to him say", "some familiar with the talks"
    }
    if (!NpTokens.isHead(v, mod - 1) || v.pos(mod - 1).startsWith("PRP")) {
      return s;
    }
    SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, mod - 1, limit);
    return head == null ? s : head.start();
  }

  /**
   * The start of a subject opening the clause at {@code limit} whose head takes a present participle with its object
   * ending before {@code s}: "Lawyers representing the families said", "Residents living near the plant told";
   * else -1.
   */
  private static int activeBefore(TokenView v, int s, int limit) {
    int mod = s - 1;
    if (mod - 1 >= limit && PREPOSITIONS.contains(v.lower(mod)) || mod - 1 >= limit && "near".equals(v.lower(mod))) {
      mod--;
    }
    if (mod - 1 < limit || !"VBG".equals(v.pos(mod)) || !NpTokens.isHead(v, mod - 1)
        || v.pos(mod - 1).startsWith("PRP")) {
      return -1;
    }
    SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, mod - 1, limit);
    return head == null || !opensClause(v, head.start(), limit) ? -1 : head.start();
  }

  /** Whether {@code s} is {@code limit} or follows a comma closing adjuncts with no verb ("Nonetheless, …"). */
  static boolean opensClause(TokenView v, int s, int limit) {
    if (s == limit) {
      return true;
    }
    if (!",".equals(v.word(s - 1))) {
      return false;
    }
    for (int i = limit; i < s - 1; i++) {
      if (v.pos(i).startsWith("VB") || v.isMark(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean coordinates(TokenView v, int s, int last) {
    for (int i = s; i < last; i++) {
      if ("CC".equals(v.pos(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the time phrase {@code [s, last]} with the time words before it ("Sunday", "last week", "earlier
   * this year"), or -1 when {@code [s, last]} is not one.
   */
  private static int timeStart(TokenView v, int s, int last, int limit) {
    if (!Modifiers.isTimeWord(v.lower(last))) {
      return -1;
    }
    for (int i = s; i < last; i++) {
      if (!TIME_LINKS.contains(v.lower(i)) && !Modifiers.isTimeWord(v.lower(i))) {
        return -1;
      }
    }
    int t = s;
    while (t - 1 >= limit && t > s - 2 && (TIME_LINKS.contains(v.lower(t - 1)) || "earlier".equals(v.lower(t - 1)))) {
      t--;
    }
    return t;
  }

  private static final Set<String> TIME_LINKS = Set.of("last", "this", "next", "past", "the", "earlier", "late", "early");

  /** The end of a post-modifier after a noun phrase ending before {@code e} ("involved in the talks"), else {@code e}. */
  static int after(TokenView v, int e, int limit) {
    if (e + 2 >= limit || !("JJ".equals(v.pos(e)) || "VBN".equals(v.pos(e)))
        || !PREPOSITIONS.contains(v.lower(e + 1)) || !NpTokens.isHead(v, e - 1)) {
      return e;
    }
    int k = e + 2;
    while (k < limit && (v.pos(k).startsWith("NN") || v.pos(k).startsWith("DT") || v.pos(k).startsWith("JJ")
        || "POS".equals(v.pos(k)) || "PRP$".equals(v.pos(k)) || "CD".equals(v.pos(k)))) {
      k++;
    }
    return k > e + 2 && v.pos(k - 1).startsWith("NN") ? k : e;
  }
}

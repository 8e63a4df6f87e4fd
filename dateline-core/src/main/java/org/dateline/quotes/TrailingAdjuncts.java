package org.dateline.quotes;

import java.util.Set;

/**
 * The time or occasion closing a sentence whose reported content is a noun phrase ("endorsed Clinton on Thursday",
 * "mocked the plan in a tweet last week"): PolNeAR leaves it out of the content, as it tells when or where the
 * source spoke, not what it said.
 */
final class TrailingAdjuncts {
  private TrailingAdjuncts() {}

  private static final Set<String> OPENERS = Set.of("in", "on", "at", "during", "last", "earlier", "yesterday",
      "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * Whether a closing adjunct starts at {@code i} after the noun-phrase content of the verb cue at {@code cue}: it
   * runs (by {@link Modifiers#skip}) to the sentence end or the clause end (a comma; "and"/"but" before the source's
   * next verb), and the content before it has no verb, infinitive or
   * complementizer and does not end in a preposition, determiner or possessive ("the last time on Friday" keeps
   * both).
   */
  static boolean startsAt(TokenView v, int verb, int i, int end) {
    int cue = v.in(verb + 1) && CueLexicon.isPhrasal(v.lemma(verb), v.lower(verb + 1)) ? verb + 1 : verb; // "voted for"
    boolean clause = SUBORDINATORS.contains(v.lower(i)) && clauseFollows(v, i + 1, end); // "fired X after he …"
    if (!OPENERS.contains(v.lower(i)) && !clause || !v.pos(verb).startsWith("VB") || cue + 1 >= i
        || !nounPhraseStart(v.pos(cue + 1))
        || "that".equals(v.lower(cue + 1))) {
      return false;
    }
    String prev = v.pos(i - 1);
    if ("IN".equals(prev) || "TO".equals(prev) || "DT".equals(prev) || "POS".equals(prev)) {
      return false;
    }
    for (int k = cue + 1; k < i; k++) {
      String p = v.pos(k);
      if (v.quoteOf(k) >= 0) {
        continue; // a quoted phrase is one object, however its words are tagged
      }
      if ("TO".equals(p) || "VB".equals(p) || "MD".equals(p) || "VBD".equals(p) || "VBZ".equals(p)
          || "VBP".equals(p) || p.startsWith("W")) {
        return false;
      }
    }
    if (clause) {
      return true;
    }
    int e = Durations.end(v, i, end) > i ? i : Modifiers.skip(v, i, end); // "cited attacks in recent years": theirs
    return e > i && (e >= end || v.isSentencePunct(e) || closesClause(v, e, end) || mediumTail(v, i, e, end));
  }

  /**
   * Whether {@code [i, e)} names the medium ("during a campaign speech", "in an email", "on Twitter") and the words
   * after it to the clause end only describe it ("to more than 3,000 people", "in Hanahan, S.C."): no verb,
   * relative or quote.
   */
  private static boolean mediumTail(TokenView v, int i, int e, int end) {
    boolean determiner = "DT".equals(v.pos(i + 1)) || "PRP$".equals(v.pos(i + 1)); // not "on Trump meeting"
    boolean medium = false;
    for (int k = i + 1; k < e && !medium; k++) {
      medium = Modifiers.isSpeechNoun(v, k) && (determiner || Character.isUpperCase(v.word(k).charAt(0)));
    }
    if (!medium) {
      return false;
    }
    for (int k = e; k < end; k++) {
      String p = v.pos(k);
      if (v.isSentencePunct(k) || ",".equals(v.word(k))) {
        return true;
      }
      if (v.isFinite(k) || "VB".equals(p) || "VBG".equals(p) || p.startsWith("W") || v.isMark(k)
          || "that".equals(v.lower(k))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SUBORDINATORS = Set.of(
      "after", "before", "when", "since", "until", "once"); // not "as" ("quoted X as saying"), "because"

  /** A gerund ("after determining …") or a subject and its finite verb ("after he won …") starting at {@code s}. */
  private static boolean clauseFollows(TokenView v, int s, int end) {
    return s < end && "VBG".equals(v.pos(s)) || ContentEnds.newClause(v, s, end, true);
  }

  /** Whether the content's clause ends at {@code e}: a comma, or "and"/"but" and the source's next verb. */
  private static boolean closesClause(TokenView v, int e, int end) {
    if (",".equals(v.word(e)) || ";".equals(v.word(e))) {
      return true;
    }
    String w = v.lower(e);
    return ("and".equals(w) || "but".equals(w)) && e + 1 < end && v.isFinite(e + 1);
  }

  private static boolean nounPhraseStart(String p) {
    return p.startsWith("DT") || p.startsWith("PRP$") || p.startsWith("NN") || p.startsWith("JJ") || p.startsWith("CD");
  }
}

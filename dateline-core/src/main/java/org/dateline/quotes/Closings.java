package org.dateline.quotes;

import java.util.Set;

/**
 * The words that may close an attribution placed after its content ("…, Carson said after the attacks.",
 * "…, Smith told the Gazette earlier this week; …"): adjuncts with no verb, no complementizer and no quote.
 */
final class Closings {
  private Closings() {}

  private static final int MAX_WORDS = 10;
  private static final Set<String> OPENERS = Set.of(
      "after", "before", "during", "at", "in", "on", "outside", "inside", "from", "while", "when", "as", "of",
      "about", "to", "with", "earlier", "later", "last", "this", "late", "early", "recently", "afterward");

  /**
   * The index after the closing words of an attribution whose cue is followed by {@code next}: the adjunct's end,
   * also after an addressee (recorded in {@code at}), or {@code next} itself when no adjunct closes it.
   */
  static int after(TokenView v, int cue, int next, SourceFinder.Range listener, Attribution at) {
    int sentenceEnd = v.in(next) ? v.sentenceEnd(next) : next;
    if (!CueLexicon.isSpeech(v.lemma(cue)) || v.in(cue + 1) && CueLexicon.isPhrasal(v.lemma(cue), v.lower(cue + 1))
        || !ContentEnds.finiteBetween(v, v.sentenceStart(cue), at.sourceStart)) {
      return next; // "In 2008, he complained about …": an opening adjunct, not reported content
    }
    int closing = end(v, next, sentenceEnd);
    if (closing < 0 && listener != null && at.addresseeStart < 0 && listener.start() == next) {
      closing = end(v, listener.end(), sentenceEnd);
      if (closing >= 0) {
        at.addressee(listener);
      }
    }
    return closing >= 0 ? closing : next;
  }

  /**
   * Where the closing adjunct starting at {@code s} ends (a comma, semicolon or sentence end, at most
   * {@code end}), or -1 when the words at {@code s} are not one.
   */
  static int end(TokenView v, int s, int end) {
    if (s >= end || !OPENERS.contains(v.lower(s)) && !Modifiers.isTimeWord(v.lower(s))) {
      return -1;
    }
    for (int k = s; k < end && k <= s + MAX_WORDS; k++) {
      String w = v.word(k);
      if (",".equals(w) || ";".equals(w) || v.isSentencePunct(k) || isDashLike(v, k)) {
        return k;
      }
      String p = v.pos(k);
      if (v.isMark(k) && !isTitle(v, k) || "that".equals(v.lower(k)) || "MD".equals(p) || "VBD".equals(p)
          || "VBZ".equals(p) || "VBP".equals(p) || "VB".equals(p) || "TO".equals(p) || "WDT".equals(p) || "WP".equals(p)) {
        return -1;
      }
    }
    return s + MAX_WORDS < end ? -1 : end;
  }

  /**
   * A dash, or a hyphen with spaces around it ("Portman - a dead heat"): after a closing attribution ("…, the agency
   * reported -- a …") and before the writer's comment that ends reported content ({@link ContentEnds}).
   */
  static boolean isDashLike(TokenView v, int k) {
    return Appositives.isDash(v, k) || NpTokens.isSpacedHyphen(v, k);
  }

  /** A mark of a short quoted title in the adjunct: "on MSNBC's “Morning Joe.”". */
  static boolean isTitle(TokenView v, int k) {
    int q = v.quoteOf(k);
    if (q < 0) {
      return false;
    }
    int first = v.tokenAtOrAfter(v.quotes.get(q).start());
    int last = v.tokenAtOrAfter(v.quotes.get(q).end()) - 1;
    return last - first <= MAX_TITLE && first + 1 < v.size() && Character.isUpperCase(v.word(first + 1).charAt(0));
  }

  /**
   * A quoted title inside its sentence ({@link #isTitle}) before an attribution whose cue takes its own
   * complement: "that", "if", "whether", a participle or a clause ("said she wanted …", "said the recent spate of
   * shootings demands …").
   */
  static boolean titleBeforeComplement(TokenView v, int a, Attribution after) {
    if (a <= v.sentenceStart(a) || !isTitle(v, a) && !titleCased(v, a) || after.cueStart < 0) {
      return false;
    }
    int end = v.sentenceEnd(after.cueStart);
    int k = Modifiers.skip(v, after.cueEnd, end);
    if (k >= end) {
      return false;
    }
    String w = v.lower(k);
    return "that".equals(w) || "if".equals(w) || "whether".equals(w) || "VBG".equals(v.pos(k))
        || NOUN_PHRASE_STARTS.contains(v.pos(k))
        && ContentEnds.finiteBetween(v, k + 1, end); // "said the recent spate … demands"
  }

  private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD");

  /** A quote of at most ten tokens whose words are capitalised but for short function words: a name. */
  private static boolean titleCased(TokenView v, int k) {
    int q = v.quoteOf(k);
    int first = v.tokenAtOrAfter(v.quotes.get(q).start());
    int last = v.tokenAtOrAfter(v.quotes.get(q).end()) - 1;
    if (last - first > 10) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      String w = v.word(i);
      if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "in", "on", "to", "for", "at");
  private static final int MAX_TITLE = 6;

  private static final Set<String> WRITERS_LINKS = Set.of("as", "though", "although", "after", "even");

  /**
   * "…, officials said, even as shelling went on", "…, he said, though he …": after an inverted attribution, a
   * subordinate clause that is the writer's, not the rest of the content (PolNeAR keeps "because" and "while" in).
   */
  static boolean writersClause(TokenView v, int i) {
    return v.in(i) && WRITERS_LINKS.contains(v.lower(i));
  }

  private static final Set<String> FINDINGS = Set.of("find", "show", "indicate", "conclude", "estimate", "reveal");

  /** "…, the poll found": a verb of finding right after a poll or count as its subject, closing the sentence. */
  static boolean findingOf(TokenView v, int cue) {
    return FINDINGS.contains(v.lemma(cue)) && cue > 0 && evidenceBefore(v, cue) && v.in(cue + 1)
        && (v.isSentencePunct(cue + 1) || ",".equals(v.word(cue + 1))); // not "what polls show is a lead"
  }

  /** "the poll found", "a study published Wednesday in Nature found": a poll or study names the finder. */
  private static boolean evidenceBefore(TokenView v, int cue) {
    int lim = v.sentenceStart(cue);
    for (int k = cue - 1; k >= lim && k >= cue - 8; k--) {
      if (Evidence.isNoun(v.lower(k))) {
        return true;
      }
      if (v.isPunct(k) || v.isFinite(k)) {
        return false;
      }
    }
    return false;
  }
}

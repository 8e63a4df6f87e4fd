package org.dateline.quotes;

import java.util.Set;

/**
 * Where the content of reported speech stops, as PolNeAR annotates it (measured on its training part): the
 * sentence end, or earlier at a semicolon, a lone dash before the writer's comment ({@code — a …}),
 * {@code , but} (not {@code , but also}), {@code , which}, {@code , while}, a participle cue
 * ({@code , adding that}), a second cue of the source ({@code and added}, {@code but said}), a second verb of the
 * source ({@code and said}; after an object also {@code and has been}, {@code , putting her at odds}) or a clause of
 * the writer's ({@code , and he didn't …}, {@code … was looted, video showed …}).
 */
final class ContentEnds {
  private ContentEnds() {}

  /**
   * The end (exclusive token index) of content read after the cue at {@code cue}: within the sentence, or at the
   * close of a quote that opens in the content and runs on past the sentence ({@code said that "A. B."}).
   */
  static int of(TokenView v, int sentenceEnd, int cue) {
    int end = inSentence(v, sentenceEnd, cue);
    return end == sentenceEnd ? throughQuote(v, cue, end) : end;
  }

  /** The token after the close of a quote opened after {@code cue} and still open at {@code end}, else {@code end}. */
  static int throughQuote(TokenView v, int cue, int end) {
    int q = end > cue + 1 && end < v.size() ? v.quoteOf(end - 1) : -1;
    if (q < 0 || v.quoteOf(end) != q || v.quotes.get(q).start() < v.tok(cue).end()) {
      return end;
    }
    return v.tokenAtOrAfter(v.quotes.get(q).end());
  }

  /**
   * Whether the punctuation token {@code last} ending content that starts at {@code s} belongs to it: a single quote
   * closing one opened in the content ({@code … to ‘Our Nature.’}), a bracket closing one opened there ({@code Sen.
   * Ted Cruz (R-Texas)}), a percent sign, or an abbreviation's period the tokenizer split off ({@code to the U.S.},
   * {@code San Bernardino, Calif.}).
   */
  static boolean keptAtEnd(TokenView v, int s, int last) {
    String w = v.word(last);
    if (".".equals(w)) {
      return last > s && v.tok(last - 1).end() == v.tok(last).start() && isAbbreviation(v.word(last - 1));
    }
    if ("%".equals(w)) {
      return true; // "with just 22%": the sign is part of the number
    }
    if (")".equals(w)) {
      return opensBefore(v, s, last, "("); // "Sen. Marco Rubio (R-Fla.)": the bracket closes what the content opened
    }
    if (!"’".equals(w) && !"'".equals(w)) {
      return false;
    }
    if ("'".equals(w) && last > s + 1 && "'".equals(v.word(s))) {
      return true; // "Trump: 'We are going to win so much.'": the content opened with the straight quote
    }
    if ("'".equals(w) && !"'".equals(v.word(last - 1)) && openingTagBefore(v, s, last)) {
      return true; // "Endorsements prove Clinton 'candidate of the establishment.'"
    }
    return opensBefore(v, s, last, "‘");
  }

  /**
   * A straight single quote opening a phrase between {@code s} and {@code last}: tagged as an opening mark
   * ({@code ``}), or standing at a word start ("called the plan 'a disaster'").
   */
  private static boolean openingTagBefore(TokenView v, int s, int last) {
    for (int k = last - 1; k >= s; k--) {
      boolean wordStart = k > s && v.tok(k - 1).end() < v.tok(k).start() && v.tok(k).end() == v.tok(k + 1).start();
      if ("'".equals(v.word(k)) && ("``".equals(v.pos(k)) || wordStart)) {
        return !"'".equals(v.word(k + 1)) && (k == 0 || !"'".equals(v.word(k - 1))); // not a doubled '' mark
      }
    }
    return false;
  }

  private static boolean opensBefore(TokenView v, int s, int last, String open) {
    for (int k = last - 1; k >= s; k--) {
      if (v.word(k).startsWith(open)) {
        return true;
      }
    }
    return false;
  }

  /** "U.S", "D.C", "Calif", "Jr": a word that takes a period. */
  static boolean isAbbreviation(String w) {
    return w.length() >= 2 && Character.isLetter(w.charAt(w.length() - 1))
        && (w.indexOf('.') > 0 || ABBREVIATIONS.contains(w));
  }

  private static final Set<String> ABBREVIATIONS = Set.of(
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
      "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
      "Wash", "Wis", "Wyo", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros");

  private static int inSentence(TokenView v, int sentenceEnd, int cue) {
    boolean objectCue = !CueLexicon.isSpeech(v.lemma(cue)) || CueLexicon.takesObject(v.lemma(cue));
    boolean clause = cue + 1 < sentenceEnd && v.isFinite(cue + 1); // a finite verb in [cue + 1, i)
    boolean unquoted = clause; // one outside quote marks: "called the bill "government overreach/VBP" in a post"
    boolean interposed = false;
    for (int i = cue + 2; i + 1 < sentenceEnd; i++) {
      clause |= i > cue + 2 && v.isFinite(i - 1);
      unquoted |= i > cue + 2 && v.isFinite(i - 1) && v.quoteOf(i - 1) < 0;
      String w = v.word(i);
      if (closesWithComma(v, i) && "VBG".equals(v.pos(i + 1)) && CueLexicon.isCueVerb(v, i + 1)) {
        return i + 1; // "said that "…," adding …": the participle's comma stood inside the quote
      }
      if (closesWithComma(v, i) && STOPS.contains(v.lower(i + 1)) && !continuesBut(v, i + 1)) {
        return i + 1; // "promised "jobs, jobs, jobs," but he has also …": the quote's comma ends the content
      }
      if ((closesWithComma(v, i) || ",".equals(w) && v.quoteOf(i) < 0)
          && WriterComments.participleAt(v, i + 1, sentenceEnd)) {
        return closesWithComma(v, i) ? i + 1 : i; // "…"rigged," drawing loud cheers", "…, without giving details"
      }
      if (closesWithComma(v, i) && "VBG".equals(v.pos(cue)) && "and".equals(v.lower(i + 1)) && i + 2 < sentenceEnd
          && "VBD".equals(v.pos(i + 2))) {
        return i + 1; // "saying they had been "taken out of context," and urged …": the main clause goes on
      }
      if (closesWithComma(v, i) && clause && WriterComments.at(v, i + 1, sentenceEnd)) {
        return i + 1; // "was "dead on arrival," a view shared by most analysts": the comma inside the closing mark
      }
      if (v.quoteOf(i) >= 0) {
        continue;
      }
      if (";".equals(w) || closingDash(v, cue, i, sentenceEnd) || Anonymity.conditionAt(v, i)) {
        return i; // a semicolon; a lone dash before the writer's comment; "on condition of anonymity"
      }
      String next = v.lower(i + 1);
      if (",".equals(w) && "that".equals(v.lower(i - 1))) {
        interposed = true; // "argued that, while …, workers …": an interposed clause inside the content
        continue;
      }
      int aside = ",".equals(w) && !clause ? Modifiers.relativeAside(v, i, sentenceEnd) : -1;
      if (aside > 0) {
        i = aside; // "said on CNN, where he is now a contributor, that …": the aside ends before the content
        continue;
      }
      int relative = ",".equals(w) && !clause ? subjectRelative(v, i, sentenceEnd) : -1;
      if (relative > 0) {
        i = relative; // "said the fund, which lost money last year, will close": the relative sits in the subject
        continue;
      }
      if (",".equals(w) && interposed) {
        interposed = false;
        continue;
      }
      if (",".equals(w) && (STOPS.contains(next) && !continuesBut(v, i + 1)
          || "VBG".equals(v.pos(i + 1)) && CueLexicon.isCueVerb(v, i + 1))) {
        return i;
      }
      if ("and".equals(v.lower(i)) && (CueLexicon.isSpeech(v.lemma(i + 1)) || SECOND_ACTS.contains(v.lemma(i + 1)))
          && (v.isFinite(cue) || "VB".equals(v.pos(cue)) && "to".equals(v.lower(cue - 1))) // "to accuse … and urge"
          && (v.pos(i + 1).equals(v.pos(cue))
          || "VBD".equals(v.pos(cue)) && NextVerbs.cueParticiple(v, cue, i + 1, sentenceEnd))) {
        return i; // "said the plan works and added that …": the source's second cue starts its own content
      }
      if ("but".equals(v.lower(i)) && (!clause && NextVerbs.finiteAt(v, i + 1, sentenceEnd)
          || CueLexicon.isCueVerb(v, i + 1) && !"VBG".equals(v.pos(i + 1))
          && (!clause || CueLexicon.isSpeech(v.lemma(i + 1)) || sourceActsAfter(v, cue, i + 1)))) {
        return i; // "praised the deal but warned …", "backed the bill but said …": the source's next act
      }
      if (",".equals(w) && clause && WriterComments.at(v, i + 1, sentenceEnd)) {
        return i; // "…, a claim not recognized internationally": the writer's comment on the claim
      }
      if (",".equals(w) && "compared".equals(next)) {
        return i; // "…, compared with 41 percent for her rival": the writer's comparison
      }
      if (!unquoted && objectCue && TrailingAdjuncts.startsAt(v, cue, i, sentenceEnd)) {
        return i; // "endorsed Clinton on Thursday", "mocked the plan in a tweet": when and where, not what
      }
      if (!clause && (objectCue || "to".equals(v.lower(cue + 1))) && ",".equals(w) && "VBG".equals(v.pos(i + 1))
          && !NOT_PARTICIPLES.contains(next)) {
        return i; // an object, not a subject: "backed a no-fly zone, putting her at odds with …"
      }
      if ("and".equals(v.lower(i)) && (!clause && NextVerbs.finiteAt(v, i + 1, sentenceEnd)
          || "VBG".equals(v.pos(cue)) && "VBG".equals(v.pos(i + 1)))) {
        return i; // "denied the charges and counter-accused her", "calling X and refusing …": the source's next act
      }
      if ("and".equals(v.lower(i)) && NextVerbs.sourceSpeaksAgain(v, i + 1, sentenceEnd)) {
        return i; // "said the server was hacked and she accused Trump of …": the source's next act, as a pronoun
      }
      if (",".equals(w) && OTHER_SPEAKER.contains(next) && otherSpeaker(v, i + 2, sentenceEnd)) {
        return i; // "…, and three-quarters said the same of Ruiz", "…, though Ann Lee said …": another source
      }
      if (",".equals(w) && "and".equals(next) && clause && NextVerbs.sameTenseVerb(v, cue, i + 2, sentenceEnd)) {
        return i; // "said it had documented 30 cases, and called for an inquiry": the source's next act
      }
      if (",".equals(w) && "and".equals(next) && newClause(v, i + 2, sentenceEnd)) {
        return i; // ", and he didn't …": a clause of the writer's, not the source's
      }
      if (",".equals(w) && newClause(v, i + 1, sentenceEnd) && clause
          && !Vocabulary.SUBORDINATORS.contains(v.lower(cue + 1))
          && !Vocabulary.SUBORDINATORS.contains(v.lower(cue + 2))) {
        return i; // "… was looted, video showed …": a comma splice starts the writer's next clause
      }
    }
    return sentenceEnd;
  }

  private static final Set<String> CONCEDING = Set.of("acknowledge", "concede", "admit", "grant", "allow", "agree");
  private static final Set<String> REFUSING = Set.of("decline", "refuse");

  /**
   * After "but" inside a clause content, a verb that is the source's next act although no verb of saying: after a
   * concession ("conceded that … but implied …") or a refusal ("… but declined to …"); else the verb goes on
   * with the content's own subject: "said company leaders had weighed the risk but decided to proceed".
   */
  private static boolean sourceActsAfter(TokenView v, int cue, int verb) {
    return CONCEDING.contains(v.lemma(cue)) || REFUSING.contains(v.lemma(verb));
  }

  /**
   * A dash at {@code i} that opens the writer's closing comment ({@code — a …}, {@code — but …}): no other dash
   * stands after the cue in the sentence, so it is no parenthesis inside the content ({@code the majority — a bare
   * majority — know}).
   */
  private static boolean closingDash(TokenView v, int cue, int i, int sentenceEnd) {
    if (!Closings.isDashLike(v, i) || !DASH_STOPS.contains(v.lower(i + 1))) {
      return false;
    }
    for (int k = cue + 1; k < sentenceEnd; k++) {
      if (k != i && Closings.isDashLike(v, k)) {
        return false;
      }
    }
    return true;
  }

  /** The closing mark of a quote whose last word is a comma: {@code "…,"}. */
  private static boolean closesWithComma(TokenView v, int i) {
    return v.isMark(i) && v.quoteOf(i) >= 0 && i > 0 && ",".equals(v.word(i - 1)) && v.in(i + 1)
        && v.quoteOf(i + 1) != v.quoteOf(i);
  }

  /**
   * Whether the {@code but} at {@code i} continues the content rather than the writer's sentence: {@code , but
   * also …}, {@code , but rather …}, {@code , but not …}, {@code , but that …} (a second reported clause).
   */
  private static boolean continuesBut(TokenView v, int i) {
    return "but".equals(v.lower(i)) && v.in(i + 1) && BUT_GOES_ON.contains(v.lower(i + 1));
  }

  private static final Set<String> DASH_STOPS = Set.of("a", "an", "the", "but", "though", "although", "as", "all");

  private static final Set<String> BUT_GOES_ON = Set.of("that", "also", "rather", "not", "never", "only", "still",
      "instead", "because");

  /**
   * Content cued inside a relative clause ({@code X, who said …, was …}) stops where the main clause resumes:
   * a comma followed by a finite verb.
   */
  static int relative(TokenView v, int from, int end, boolean dashed) {
    for (int i = from; i + 1 < end; i++) {
      boolean closes = dashed ? Appositives.isDash(v, i) : ",".equals(v.word(i)); // "X — who said … — was …"
      if (v.quoteOf(i) < 0 && closes && NextVerbs.finiteAt(v, i + 1, end)) {
        return i;
      }
      if (!dashed && i + 2 < end && closesWithComma(v, i + 1) && NextVerbs.finiteAt(v, i + 2, end)) {
        return i + 2; // "who described the attack as "cowardly," ordered …": the comma inside the closing mark
      }
    }
    return end;
  }

  /**
   * The comma closing a relative clause that opens at the comma {@code i} and is followed by a finite verb, so that
   * it stood inside the content's subject ({@code the fund, which lost money, will close}); else -1. Not when a
   * cue verb stands inside it, whose own relation the gold keeps.
   */
  private static int subjectRelative(TokenView v, int i, int end) {
    if (i + 2 >= end || !SUBJECT_RELATIVES.contains(v.lower(i + 1))) {
      return -1;
    }
    for (int c = i + 2; c + 1 < end && c < i + 40; c++) {
      if (";".equals(v.word(c)) || Closings.isDashLike(v, c) || CueLexicon.isCueVerb(v, c)) {
        return -1; // a cue inside keeps its own relation: "Sanders, who claimed that …, is"
      }
      if (",".equals(v.word(c)) && v.quoteOf(c) < 0 && NextVerbs.finiteAt(v, c + 1, end)) {
        return c;
      }
    }
    return -1;
  }

  private static final Set<String> SUBJECT_RELATIVES = Set.of("who", "which", "whose");

  /** Cues besides verbs of saying that, after "and", are the source's next act: "… and called the vote a tactic". */
  private static final Set<String> SECOND_ACTS = Set.of("encourage", "call", "criticize", "praise", "defend", "refuse",
      "order", "highlight", "welcome", "offer");

  private static final Set<String> OTHER_SPEAKER = Set.of("and", "though", "after");

  /** A subject of up to eight tokens at {@code s}, then a finite verb of saying whose subject it is. */
  private static boolean otherSpeaker(TokenView v, int s, int end) {
    for (int k = s + 1; k < end && k <= s + 8; k++) {
      if (v.isFinite(k)) {
        SourceFinder.Range subject = CueLexicon.isSpeechCue(v, k) ? SourceFinder.left(v, k, s) : null;
        return subject != null && subject.start() == s;
      }
    }
    return false;
  }

  private static boolean newClause(TokenView v, int s, int end) {
    return newClause(v, s, end, false);
  }

  /**
   * A subject pronoun or short noun phrase at {@code s} followed by a finite verb; with {@code adverbs}, adverbs may
   * stand before the verb ("she first ran").
   */
  static boolean newClause(TokenView v, int s, int end, boolean adverbs) {
    for (int k = s; k < end && k < s + 4; k++) {
      String p = v.pos(k);
      if (k > s && v.isFinite(k)) {
        return true;
      }
      if (!(p.startsWith("NN") || "PRP".equals(p) || "PRP$".equals(p) || "DT".equals(p) || "JJ".equals(p)
          || adverbs && k > s && "RB".equals(p))) {
        return false;
      }
    }
    return false;
  }

  static boolean finiteBetween(TokenView v, int s, int e) {
    for (int k = s; k < e; k++) {
      if (v.isFinite(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reason or concession clause, then a comma and a main clause, opening the content without "that": "said
   * because the bill is popular, he would sign it". Not a time adjunct ("said after the vote").
   */
  static boolean subordinateFirst(TokenView v, int s) {
    if (!LEADING.contains(v.lower(s)) || !"IN".equals(v.pos(s))) {
      return false;
    }
    int end = v.sentenceEnd(s);
    boolean finite = false;
    for (int k = s + 1; k < end && k < s + 25; k++) {
      if (",".equals(v.word(k))) {
        return finite && k > s + 2 && k + 1 < end && !"CC".equals(v.pos(k + 1))
            && finiteBetween(v, k + 1, Math.min(end, k + 12));
      }
      finite |= v.isFinite(k);
      if (v.isMark(k) || ";".equals(v.word(k))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> LEADING = Set.of("because", "although", "though", "unless");

  private static final Set<String> STOPS = Set.of("but", "which", "while", "although", "whereas", "who", "where");

  private static final Set<String> NOT_PARTICIPLES = Set.of("including", "according", "excluding", "regarding");
}

package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * Reported speech without (or around) quote marks: {@code X said (that) …}, {@code …, X said}, {@code According to
 * X, …}, {@code …, according to X}, and participles ({@code , adding that …}) that inherit the clause's speaker.
 * Content runs to the end of the sentence, without the final punctuation, as PolNeAR annotates it.
 */
final class IndirectSpeech {
  private IndirectSpeech() {}


  /** Attributions cued by the verb at {@code cue}, or null. {@code used} marks tokens already attributed. */
  static Attribution atVerb(TokenView v, int cue, boolean[] used, List<Attribution> sofar) {
    if (Anonymity.request(v, cue)) {
      return null; // "who asked not to be named": why the source is anonymous, not what it said
    }
    int lim = v.sentenceStart(cue);
    int quotedAs = PassiveReports.quotedAs(v, cue, lim);
    if (quotedAs > 0) { // "Lee was quoted as saying …": the one quoted speaks
      SourceFinder.Range quoted = SourceFinder.left(v, quotedAs, lim);
      return quoted == null ? null : after(v, new Attribution().cue(quotedAs, cue + 1).source(quoted), cue,
          ContentEnds.of(v, v.sentenceEnd(cue), cue), used);
    }
    if (isPassive(v, cue, lim)) {
      return null; // "was announced", "is expected to": the subject is not the source
    }
    int end = ContentEnds.of(v, v.sentenceEnd(cue), cue);
    SourceFinder.Range left = Subjects.notObject(v, cue, SourceFinder.left(v, cue, lim), lim);
    if (inFrontedPhrase(v, cue, left, lim)) {
      return null; // "In a video posted on social media, the leader said": the participle modifies the medium
    }
    SourceFinder.Range subject = Subjects.ofParticiple(v, cue, left, lim);
    SourceFinder.Range src = Subjects.unclaimed(v, subject, used, lim);
    if (src != null && isQuestion(v, src, lim)) {
      return null; // "Do you support Ted Cruz?": a question asks, it reports nothing
    }
    Attribution at = new Attribution().cue(subject != left ? left.start() - 1 : cue, cue + 1); // issued a statement saying
    if (src == null && "ask".equals(v.lemma(cue))) {
      Attribution asked = AskedClauses.at(v, at, cue, lim, used);
      if (asked != null) {
        return asked;
      }
    }
    if (src == null) {
      src = Subjects.coordinated(v, cue, lim);
      if (src != null) {
        return after(v, at.source(src), cue, end, used);
      }
      if (cue > lim && isParticipleCue(v, cue)) {
        SourceFinder.Range host = Subjects.appositiveHost(v, cue, lim);
        if (host != null) { // "The Journal, citing internal documents, reported …": the participle is the subject's
          end = Subjects.appositiveEnd(v, cue, end);
          return after(v, at.source(host), cue, end, used);
        }
        at.context = DirectQuotes.sameSentence(v, cue, sofar);
        if (at.context == null) {
          at.source(Subjects.agentOf(v, lim, cue)).cueStart = CueSpans.byLead(v, cue, lim);
          if (!at.hasSource()) {
            return null;
          }
        }
        return after(v, at, cue, end, used);
      }
      if (Subjects.opensSentence(v, cue, lim) && "VBG".equals(v.pos(cue))) {
        return opening(v, at, cue, used);
      }
      if (cue > lim + 2 && ",".equals(v.word(cue - 1)) && CueLexicon.isSpeech(v.lemma(cue))) {
        end = v.sentenceEnd(cue); // the inverted speaker may hold ", who …": the content ends are not its
        SourceFinder.Range inv = InvertedSources.speaker(v, cue + 1, end);
        if (inv == null || Modifiers.isTimeWord(v.lower(inv.start()))) {
          return null;
        }
        boolean aside = ",".equals(v.word(inv.end() - 1)) && InvertedSources.resumesAt(v, inv.end(), end);
        int rest = aside ? inv.end() - 1 : Modifiers.skip(v, inv.end(), end); // "says X, a historian, is that …"
        int who = InvertedSources.restrictiveEnd(v, rest, end);
        if (who > rest) { // "…, said a handful of Democrats who point to his ties with labor."
          inv = new SourceFinder.Range(inv.start(), who);
          rest = who;
        }
        if (rest < end && !",".equals(v.word(rest)) && !v.isSentencePunct(rest)) {
          return null; // "X, speaking on condition of anonymity, said Saudi Arabia had pressed …": a clause follows
        }
        if (rest + 3 < end && ",".equals(v.word(rest)) && !ContentEnds.finiteBetween(v, lim, cue - 1)) {
          // "The contrast, said Doyle, would be clear"
          LeadingContent.interrupted(v, at.source(inv), lim, cue - 1, used);
          add(v, at, rest + 1, end, used);
          return at.content.isEmpty() ? null : at;
        }
        return LeadingContent.clause(v, at.source(inv), lim, cue - 1, used);
      }
      return null;
    }
    at.source(src);
    int main = SubjectParticiples.mainVerb(v, cue, left == subject ? src : null, lim, end);
    if (main >= 0 && CueLexicon.isCueVerb(v, main)) {
      return null; // "Delegates supporting Lopez declined to comment": the participle is in the next cue's speaker
    }
    end = main >= 0 ? main : end;
    int as = AsClauses.comma(v, src, cue, lim, v.sentenceEnd(cue));
    if (as > 0) { // "As the tabloid noted on Thursday, the candidate has …"
      if ("RP".equals(v.pos(cue + 1))) {
        at.cue(at.cueStart, cue + 2); // "As experts have pointed out, …": the particle is part of the cue
      }
      add(v, at, as + 1, ContentEnds.throughQuote(v, cue, v.sentenceEnd(cue)), used);
      return at.content.isEmpty() ? null : at;
    }
    if (relativePronoun(v, src, lim)) {
      end = ContentEnds.relative(v, cue + 1, end, Appositives.isDash(v, src.start() - 1)); // "X, who said …, was …"
    }
    end = AsClauses.subordinateEnd(v, src, cue, lim, end);
    int next = cue + 1;
    SourceFinder.Range listener = Addressees.of(v, cue, end);
    if (listener != null && listener.end() < end
        && (",".equals(v.word(listener.end())) || v.isSentencePunct(listener.end()))) {
      next = listener.end(); // "…, a school spokesman told The Wall Street Journal."
      at.addressee(listener);
    }
    next = Modifiers.skip(v, next, end);
    boolean inverted = src.start() > lim + 2 && ",".equals(v.word(src.start() - 1));
    if (inverted) { // "…, Carson said after the attacks.", "…, Smith told Politico last week."
      next = Closings.after(v, cue, next, listener, at);
    }
    boolean closes = next >= end || ",".equals(v.word(next)) || ";".equals(v.word(next)) || v.isSentencePunct(next)
        || inverted && Closings.isDashLike(v, next) // "…, the agency reported on Tuesday -- a development …"
        && dashedAside(v, next, end) == next; // not "In his speech, Obama argued - rebuking Trump - that …"
    boolean resumes = next + 3 < end && ",".equals(v.word(next)) // not ", citing …": the speaker's next act
        && !("VBG".equals(v.pos(next + 1)) && CueLexicon.isCueVerb(v, next + 1))
        && !Closings.writersClause(v, next + 1); // not "…, officials said, even as shelling went on"
    if (resumes && src.start() > lim + 1 && ",".equals(v.word(src.start() - 1))) {
      // "Now, she said, the two …": both parts are content
      LeadingContent.interrupted(v, at, lim, src.start() - 1, used);
      add(v, at, next + 1, end, used);
      return at.content.isEmpty() ? null : at;
    }
    if (closes && inverted) {
      LeadingContent.clause(v, at, lim, src.start() - 1, used);
      return at.content.isEmpty() ? null : at;
    }
    if (Subjects.embedded(v, src, cue, lim)) {
      Subjects.relativeContent(v, at, src, used); // "<which> critics said <was discriminatory>"
      add(v, at, cue + 1, end, used);
      return at.content.isEmpty() ? null : at;
    }
    return after(v, at, cue, end, used);
  }

  /**
   * A verb of saying whose content comes first ({@code A, X said}; {@code A, X said, B}), or null. Read before
   * other cues, as PolNeAR annotates the outer attribution of {@code He promised A, an aide said}.
   */
  static Attribution closing(TokenView v, int cue, boolean[] used, List<Attribution> sofar) {
    if (!CueLexicon.isCueVerb(v, cue) || !CueLexicon.isSpeech(v.lemma(cue)) && !Closings.findingOf(v, cue)) {
      return null;
    }
    Attribution trial = atVerb(v, cue, used.clone(), sofar);
    if (trial == null || trial.content.isEmpty() || trial.firstContentStart() >= v.tok(cue).start()) {
      return null;
    }
    return atVerb(v, cue, used, sofar);
  }

  /**
   * After an aside between dashes and before "that" ("said — on Twitter, as it happens — that"), else {@code s}.
   */
  private static int dashedAside(TokenView v, int s, int end) {
    if (s >= end || !Closings.isDashLike(v, s)) {
      return s;
    }
    for (int d = s + 2; d + 1 < end && d < s + 15 && !v.isMark(d) && !v.isSentencePunct(d); d++) {
      if (Closings.isDashLike(v, d)) {
        return "that".equals(v.lower(d + 1)) ? d + 1 : s;
      }
    }
    return s;
  }

  /** A particle and the preposition after it both belong to the cue: "weighed in on", "lashed out at". */
  /** "responded Tuesday to one of the messages": the answer's object is what it answers, not what it says. */
  private static final Set<String> ANSWERS = Set.of("respond", "reply");

  private static final Set<String> PARTICLES = Set.of("in", "out", "back", "down", "off");
  private static final Set<String> SECOND = Set.of("on", "at", "against", "about");

  private static Attribution after(TokenView v, Attribution at, int cue, int end, boolean[] used) {
    int s = cue + 1;
    if (s + 2 < end && "RB".equals(v.pos(s)) && CueLexicon.isPhrasal(v.lemma(cue), v.lower(s + 1))) {
      s++; // "spoke favorably of": the adverb belongs to the cue
    }
    int when = Modifiers.timePhraseEnd(v, s, end);
    if (when > s && when + 1 < end && CueLexicon.isPhrasal(v.lemma(cue), v.lower(when))
        && !ANSWERS.contains(v.lemma(cue))) {
      s = when; // "called Wednesday for", "cautioned last week against": the time sits inside the cue
    }
    if (s + 1 < end && CueLexicon.isPhrasal(v.lemma(cue), v.lower(s)) && Durations.end(v, s, end) == s) {
      int c = PARTICLES.contains(v.lower(s)) && s + 2 < end && SECOND.contains(v.lower(s + 1)) ? s + 2 : s + 1;
      at.cue(cue, c); // "called for", "talked about": the object of the particle is the content
      add(v, at, c, end, used);
      return at.content.isEmpty() ? null : at;
    }
    if (CueLexicon.phrasalOnly(v.lemma(cue))) {
      return null;
    }
    s = dashedAside(v, s, end);
    int that = Modifiers.thatAhead(v, s, end);
    if (that < 0 && CueLexicon.ADDRESSEE.contains(v.lemma(cue))) {
      that = Modifiers.thatAfterListener(v, s, end); // "told members of the AFL-CIO council that/WDT …"
    }
    if (that >= 0) {
      at.addressee(Addressees.of(v, cue, that));
      s = that;
    } else {
      SourceFinder.Range to = Addressees.of(v, cue, end);
      if (to != null) {
        at.addressee(to);
        s = to.end();
        if (CueLexicon.takesInfinitive(v.lemma(cue)) && infinitiveAt(v, s, end)) {
          add(v, at, to.start(), end, used); // "urged him to resign": PolNeAR's content keeps the addressee
          return at.content.isEmpty() ? null : at;
        }
      }
      int answer = s < end ? Answers.end(v, s, end, cue) : -1; // "said so in May": before adverbs are skipped
      s = answer > s ? s : Modifiers.skip(v, s, end);
      // "described, in blistering terms, a set of", "say, with hindsight, that"
      int aside = Modifiers.commaAdjunct(v, s, end);
      boolean afterAside = CueLexicon.takesObject(v.lemma(cue)) || aside < end && "that".equals(v.lower(aside));
      s = answer < 0 && afterAside ? aside : s;
      if (s + 1 < end && ",".equals(v.word(s)) && "VBG".equals(v.pos(s + 1)) && CueLexicon.isCueVerb(v, s + 1)
          && !v.hasComma(s + 1, end)) {
        return null; // "a charge that leaders denied, noting that …": the participle is the source's next act
      }
      if (s < end && (",".equals(v.word(s)) || ":".equals(v.word(s)))) {
        s++;
      }
      answer = answer < 0 && s < end ? Answers.end(v, s, end, cue) : answer;
      if (answer > s) {
        add(v, at, s, answer, used, 1); // "said no", "43 said the same", "thinks so"
        return at.content.isEmpty() ? null : at;
      }
      if (s < end && Headlines.isHeadline(v, cue) && !v.isPunct(s) && !CueLexicon.phrasalOnly(v.lemma(cue))) {
        add(v, at, s, end, used); // "Germany pledges support for allies;": a headline's object
        return at.content.isEmpty() ? null : at;
      }
      if (s >= end || !ContentStarts.opens(v, s, cue)) {
        if (to == null || !CueLexicon.takesObject(v.lemma(cue)) || !ContentStarts.opens(v, to.start(), cue)) {
          return null;
        }
        at.addresseeStart = -1; // "promised a country of new opportunities": the object was the content
        at.addresseeEnd = -1;
        s = to.start();
      }
    }
    add(v, at, s, end, used);
    return at.content.isEmpty() ? null : at;
  }

  /** "Noting that …, Schlafly said": the participle clause up to its comma; the main clause's subject speaks. */
  private static Attribution opening(TokenView v, Attribution at, int cue, boolean[] used) {
    String lemma = v.lemma(cue);
    if (!v.in(cue + 1) || CueLexicon.phrasalOnly(lemma) && !CueLexicon.isPhrasal(lemma, v.lower(cue + 1))) {
      return null; // "Looking back to 2008, …": no particle, no cue
    }
    String next = v.lower(cue + 1);
    if (("in".equals(next) || "on".equals(next)) && !CueLexicon.isPhrasal(lemma, next)) {
      return null; // "Writing in the Financial Times on Monday, Wolf warned …": where, not what
    }
    int end = v.sentenceEnd(cue);
    int comma = cue + 1;
    while (comma < end && !",".equals(v.word(comma)) && !v.isMark(comma)) {
      comma++;
    }
    if (comma >= end - 2 || !",".equals(v.word(comma))) {
      return null;
    }
    SourceFinder.Range subject = Subjects.ofClause(v, comma + 1, end);
    if (subject == null) {
      return null;
    }
    at.source(subject);
    int s = cue + 1;
    if (CueLexicon.isPhrasal(v.lemma(cue), v.lower(s))) {
      at.cue(cue, ++s);
    }
    add(v, at, s, comma, used);
    return at.content.isEmpty() ? null : at;
  }

  /** A participle after the noun of a sentence-opening prepositional phrase: "In a video posted/VBD on X, …". */
  private static boolean inFrontedPhrase(TokenView v, int cue, SourceFinder.Range left, int lim) {
    int in = left == null ? -1 : left.start() - 1;
    return in >= lim && left.end() == cue && "IN".equals(v.pos(in)) && Subjects.opensSentence(v, in, lim)
        && !Vocabulary.SUBORDINATORS.contains(v.lower(in))
        && ("VBN".equals(v.pos(cue))
        || "DT".equals(v.pos(left.start())) && v.in(cue + 1) && "IN".equals(v.pos(cue + 1)));
  }

  private static boolean relativePronoun(TokenView v, SourceFinder.Range src, int lim) {
    String w = v.lower(src.end() - 1);
    int len = src.end() - src.start();
    boolean partitive = len == 3 && "of".equals(v.lower(src.start() + 1)) && "whom".equals(w); // "many of whom"
    return (len == 1 || partitive) && src.start() > lim
        && (",".equals(v.word(src.start() - 1)) || Appositives.isDash(v, src.start() - 1))
        && ("who".equals(w) || "which".equals(w) || partitive);
  }

  private static boolean infinitiveAt(TokenView v, int s, int end) {
    return s < end && "to".equals(v.lower(s)) || s + 1 < end && "not".equals(v.lower(s)) && "to".equals(v.lower(s + 1));
  }

  private static final Set<String> ASKING = Set.of("do", "does", "did", "will", "would", "can", "could", "should");

  /**
   * A yes-no question to the reader, the auxiliary before "you" ({@code src}) opening the sentence: "Do you support
   * …?". Questions to named people are left alone: interviews' questions are often annotated.
   */
  private static boolean isQuestion(TokenView v, SourceFinder.Range src, int lim) {
    int end = v.sentenceEnd(src.start());
    return src.start() == lim + 1 && src.end() == lim + 2 && "you".equals(v.lower(src.start()))
        && ASKING.contains(v.lower(lim)) && "?".equals(v.word(end - 1));
  }

  /**
   * ", saying …", "– adding …", "by suggesting …": a participle cue after a comma, dash or preposition; also after
   * a quote closing on its comma ("…," adding …).
   */
  static boolean isParticipleCue(TokenView v, int cue) {
    int b = cue - 1;
    if (b > 0 && "RB".equals(v.pos(b)) && v.lower(b).endsWith("ly") && "VBG".equals(v.pos(cue))) {
      b--; // ", falsely suggesting", "before optimistically predicting"
    }
    String before = v.isMark(b) && b > 0 && ",".equals(v.word(b - 1)) ? "," : v.lower(b);
    return ("VBG".equals(v.pos(cue)) || "VBN".equals(v.pos(cue)))
        && (",".equals(before) || Appositives.isDash(v, b))
        || "VBG".equals(v.pos(cue)) && PARTICIPLE_LINKS.contains(before);
  }

  private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "without", "while", "before", "after", "in", "upon");

  private static boolean isPassive(TokenView v, int cue, int lim) {
    if (!"VBN".equals(v.pos(cue))) {
      return false;
    }
    for (int k = cue - 1; k >= lim && k >= cue - 3; k--) {
      String l = v.lemma(k);
      if ("be".equals(l) || "get".equals(l)) {
        return true;
      }
      if (!v.pos(k).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  static void add(TokenView v, Attribution at, int s, int e, boolean[] used) {
    add(v, at, s, e, used, 2);
  }

  /** Adds tokens {@code [s, e)} as content, less final punctuation and tokens already used; at least {@code min}. */
  static void add(TokenView v, Attribution at, int s, int e, boolean[] used, int min) {
    while (e > s && (v.isPunct(e - 1) && !v.isMark(e - 1) && !ContentEnds.keptAtEnd(v, s, e - 1)
        || opensQuote(v, e - 1))) {
      e--;
    }
    if (e - s < min && !(e - s == 1 && v.pos(s).startsWith("NN"))) {
      return;
    }
    for (int i = s; i < e; i++) {
      if (used[i]) { // an attribution found earlier: the content stops before it
        boolean link = i > s + 1 && ("CC".equals(v.pos(i - 1)) || Vocabulary.SUBORDINATORS.contains(v.lower(i - 1)));
        int stop = link ? i - 1 : i; // "brand you a liar and [NBC News will]", "… after [X claimed]"
        if (stop == s) {
          return;
        }
        add(v, at, s, stop, used);
        return;
      }
    }
    boolean mixed = false;
    for (int i = s; i < e; i++) {
      mixed |= v.quoteOf(i) >= 0;
    }
    for (int i = s; i < e; i++) {
      used[i] = true;
    }
    at.add(v.tok(s).start(), v.tok(e - 1).end(), mixed ? QuoteType.MIXED : QuoteType.INDIRECT);
  }

  /** An opening mark the tokenizer left at the end of the previous sentence. */
  private static boolean opensQuote(TokenView v, int i) {
    int q = v.quoteOf(i);
    return v.isMark(i) && q >= 0 && v.quotes.get(q).start() == v.tok(i).start();
  }
}

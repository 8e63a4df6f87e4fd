package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * Attributes quoted spans in the news layouts that name the speaker beside the quote:
 * {@code "…," X said.} {@code "…," said X.} {@code X said: "…"} {@code "…" — X} and {@code "…," according to X}.
 */
final class DirectQuotes {
  private DirectQuotes() {}

  private static final Set<String> DASHES = Set.of("—", "–", "--", "-", "―");

  /** The attribution of quote {@code q}, or null when no cue stands next to it. */
  static Attribution attribute(TokenView v, int q, List<Attribution> sofar) {
    QuoteMarks.Span span = v.quotes.get(q);
    int a = v.tokenAtOrAfter(span.start());
    int b = v.tokenEndingBy(span.end());
    if (a >= v.size() || b < a) {
      return null;
    }
    String inner = v.text.substring(span.innerStart(), span.innerEnd()).strip();
    Attribution after = span.continues() ? null : after(v, b + 1, v.paragraph(a), inner);
    if (after != null && Closings.titleBeforeComplement(v, a, after)) {
      return null; // "Speaking on ABC's “This Week,” Carson admitted that …": a show's name, not a statement
    }
    if (after != null && endsWithPeriod(v, span) && !attributionCloses(v, after)) {
      after = null; // "… ." Morris says the plan …: a new sentence with its own content
    }
    Attribution found = after != null ? after : before(v, a, sofar);
    if (found == null) {
      return null;
    }
    int lead = after != null ? leadIn(v, a, closes(v, after, a)) : a;
    if (lead < a) { // 'Her plan would "end health care as we know it," he said': the clause is the content
      found.add(v.tok(lead).start(), span.end(), QuoteType.MIXED);
    } else {
      found.add(span.innerStart(), span.innerEnd(), QuoteType.DIRECT);
    }
    if (after == null && !inner.isEmpty() && Character.isLowerCase(inner.charAt(0))) {
      LeadingContent.beforeQuote(v, found, a);
    }
    return found;
  }

  /**
   * The first token of the words that open the quote's sentence before the quote ("The event “was the first
   * time …,” she said"), or {@code a} when the quote opens it or the words hold a mark or a verb of saying; after
   * a sentence's final punctuation the tokenizer left inside it.
   */
  private static int leadIn(TokenView v, int a, boolean closing) {
    int lim = v.sentenceStart(a);
    if (lim >= a || v.paragraph(lim) != v.paragraph(a)) {
      return a;
    }
    int start = lim;
    boolean midClause = closing && a - 1 > lim && !v.isPunct(a - 1) && !isSpeechVerb(v, a - 1)
        && !CueLexicon.isCueVerb(v, a - 1) && !Closings.isTitle(v, a);
    for (int i = lim; i < a; i++) {
      if (v.isMark(i) || v.quoteOf(i) >= 0 || !midClause && (isSpeechVerb(v, i) || CueLexicon.isCueVerb(v, i))
          || ":".equals(v.word(i))) {
        return a;
      }
      if (v.isSentencePunct(i)) {
        start = i + 1; // "… the moment. ''That wasn't …'': a sentence end the splitter missed before the quote
      }
    }
    return start;
  }

  /**
   * Whether {@code name}, before a colon and a quote, is a label after a dash ("… – Philip Bump:") or the source
   * of an excerpt ("From the report:", "More from the study:").
   */
  private static boolean labels(TokenView v, SourceFinder.Range name) {
    int before = name.start() - 1;
    if (digestLead(v, name.start()) || "HYPH".equals(v.pos(before))) {
      return Character.isUpperCase(v.word(name.start()).charAt(0)); // "… – HuffPollster: "…"" (tagged NN)
    }
    return "from".equals(v.lower(before)) && before - v.sentenceStart(before) <= 1;
  }

  /** {@code "…," X said}, {@code "…," said X}, {@code "…," according to X}, {@code "…" — X}. */
  private static Attribution after(TokenView v, int j, int para, String inner) {
    boolean question = inner.endsWith("?");
    while (v.in(j) && v.paragraph(j) == para && ",".equals(v.word(j))) {
      j++;
    }
    if (!v.in(j) || v.paragraph(j) != para) {
      return null;
    }
    int limit = clauseEnd(v, j, para);
    if (DASHES.contains(v.word(j))) {
      SourceFinder.Range src = InvertedSources.speaker(v, j + 1, limit);
      boolean medium = src != null && src.end() + 1 < limit && ",".equals(v.word(src.end())) // "— Omar Reyes, on X"
          && "IN".equals(v.pos(src.end() + 1)) && NpTokens.hasProperNoun(v, src);
      return src == null || src.end() < limit - 1 && !medium ? null : new Attribution().cue(j, j + 1).source(src);
    }
    if (CueLexicon.isAccordingTo(v, j)) {
      return new Attribution().cue(j, j + 2).source(InvertedSources.speaker(v, j + 2, limit));
    }
    int cue = skipAdverbs(v, j, limit);
    if (cue < limit && isSpeechVerb(v, cue) && !answers(v, cue, question) && !"VBG".equals(v.pos(cue))) {
      SourceFinder.Range src = InvertedSources.speaker(v, cue + 1, limit); // not ", telling reporters": an object
      if (src != null && src.end() < limit && v.isFinite(src.end())) {
        return null; // "who called it "deeply disappointing," said she would …": the subject of a clause
      }
      return src == null ? null : new Attribution().cue(cue, cue + 1).source(src); // "asked Lopez": the speaker
    }
    for (int c = j + 1; c < limit && c < j + 30; c++) {
      if (isSpeechVerb(v, c) && !answers(v, c, question)) {
        SourceFinder.Range src = SourceFinder.left(v, c, j);
        if (src == null || src.start() != j) {
          src = QuoteSubjects.between(v, j, c);
        }
        if (src == null) {
          return null;
        }
        return new Attribution().cue(c, c + 1).source(src).addressee(Addressees.of(v, c, limit));
      }
    }
    boolean handed = inner.endsWith(",") || question || inner.endsWith("!");
    Attribution any = handed ? AnyVerb.beside(v, j, limit) : null;
    return any != null && !answers(v, any.cueStart, question) ? any : null;
  }

  /** Whether tokens {@code [s, e)} are adverbs only, and at least one: "said only: "…"", "replied evenly, "…"". */
  private static boolean adverbsOnly(TokenView v, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!"RB".equals(v.pos(i))) {
        return false;
      }
    }
    return s < e;
  }

  /** "…?" he answered: the question is not the answerer's words. */
  private static boolean answers(TokenView v, int cue, boolean question) {
    return question && ANSWERS.contains(v.lemma(cue));
  }

  /** {@code X said: "…"}, {@code X said in a statement, "…"}, {@code According to X, "…"}, {@code X: "…"},
   * {@code X interjected: "…"} (any finite verb before the colon). */
  private static Attribution before(TokenView v, int a, List<Attribution> sofar) {
    int k = a - 1;
    if (k < 0) {
      return null;
    }
    boolean punct = ":".equals(v.word(k)) || ",".equals(v.word(k));
    if (punct) {
      k--;
    }
    if (k < 0 || v.paragraph(k) != v.paragraph(a) && !":".equals(v.word(a - 1))) {
      return null;
    }
    int lim = v.sentenceStart(k);
    Attribution opener = punct ? invertedOpener(v, k) : null;
    if (opener != null) {
      return opener;
    }
    if (":".equals(v.word(a - 1))) {
      Attribution said = PossessedWords.before(v, k, lim);
      if (said != null) {
        return said; // "Ruiz's message was simple: "…"", "His answer: "…""
      }
      SourceFinder.Range name = SourceFinder.nounPhraseLeft(v, k, lim);
      if (name != null && (name.start() == lim || digestLead(v, name.start())) && NpTokens.hasProperNoun(v, name)
          && k - name.start() < 8) {
        return new Attribution().cue(a - 1, a).source(name); // "Republican pollster Daron Shaw: "…""
      }
      if (name != null && name.start() > lim && k - name.start() < 6 && labels(v, name)) {
        return new Attribution().cue(a - 1, a).source(name); // "… — Philip Bump: "…"", "From the report: "…""
      }
      String p = v.pos(k);
      SourceFinder.Range subject = "VBD".equals(p) || "VBZ".equals(p) ? SourceFinder.left(v, k, lim) : null;
      if (subject != null && k > lim && !isSpeechVerb(v, k)) {
        return new Attribution().cue(k, k + 1).source(subject); // any verb before a colon: "Hannity interjected:"
      }
      Attribution lead = isSpeechVerb(v, k) ? null : ColonLeads.before(v, a - 1); // "said of the plan:" too
      if (lead != null) {
        return lead; // "The letter makes a blunt case: "…""
      }
    }
    if (punct && k > lim && "it".equals(v.lower(k)) && "put".equals(v.lemma(k - 1))) { // "As Ann Lee put it: "…""
      SourceFinder.Range src = SourceFinder.left(v, k - 1, lim);
      boolean colon = ":".equals(v.word(a - 1));
      return src == null ? null : new Attribution().cue(k - 1, colon ? a : k + 1).source(src);
    }
    for (int c = k; c >= lim && c >= k - (punct ? 7 : 0); c--) {
      if (isSpeechVerb(v, c)) {
        SourceFinder.Range to = Addressees.of(v, c, k + 1);
        int afterCue = to != null ? to.end() : c + 1; // "told Politico, "…"": the addressee stands between
        boolean adverbs = c < k && to == null && adverbsOnly(v, afterCue, k + 1); // "said only: "…""
        if (c < k && !(adverbs || Modifiers.skip(v, afterCue, k + 1) == k + 1 || statementLike(v, a)
            || punct && Closings.end(v, afterCue, k + 2) == k + 1)) { // "said last week in Tel Aviv, "…""
          return null; // "said on Fox's "Sunday Morning Futures"": a title after a long phrase
        }
        SourceFinder.Range left = SourceFinder.left(v, c, lim);
        SourceFinder.Range src = Subjects.ofParticiple(v, c, left, lim);
        int cueStart = src != left ? left.start() - 1 : c; // "emailed supporters saying: "…""
        int quotedAs = src == null ? PassiveReports.quotedAs(v, c, lim) : -1;
        if (quotedAs > 0) {
          src = SourceFinder.left(v, quotedAs, lim); // "Lee was quoted as saying: "…"": the one quoted speaks
          cueStart = quotedAs;
        }
        if (src == null) {
          src = Subjects.coordinated(v, c, lim);
        }
        Attribution at = new Attribution().cue(cueStart, adverbs ? k + 1 : c + 1).source(src).addressee(to);
        if (src == null) {
          at.context = sameSentence(v, c, sofar);
          if (at.context == null && c > lim && IndirectSpeech.isParticipleCue(v, c)) {
            at.source(Subjects.ofSentence(v, lim, c)).cueStart = CueSpans.byLead(v, c, lim);
          }
          if (at.context == null && !at.hasSource()) {
            return null;
          }
        }
        return at;
      }
      if (CueLexicon.isAccordingTo(v, c)) {
        return new Attribution().cue(c, c + 2).source(InvertedSources.speaker(v, c + 2, k + 1));
      }
      if (c < k && !(v.pos(c).startsWith("IN") || v.pos(c).startsWith("DT") || v.pos(c).startsWith("NN")
          || v.pos(c).startsWith("JJ") || v.pos(c).startsWith("CD") || v.pos(c).startsWith("PRP")
          || v.pos(c).startsWith("RB"))) { // "said back in the summer of 2015: "…""
        return null;
      }
    }
    return null;
  }

  /** A news digest's lead-in before a quoted name: "HEADLINE - Ann Lee: "…"", "More from Lee: "…"". */
  private static boolean digestLead(TokenView v, int s) {
    String w = s > 0 ? v.word(s - 1) : "";
    return DASHES.contains(w) || "from".equals(w) && s > 1 && "more".equals(v.lower(s - 2));
  }

  /** "Said Comey, "…"", "Said Ann Lee, who grew up here, "…"": a sentence-opening cue before its speaker. */
  private static Attribution invertedOpener(TokenView v, int k) {
    for (int c = k - 1; c >= 0 && c >= k - 25 && !v.isMark(c); c--) {
      if (isSpeechVerb(v, c) && (!v.pos(c).startsWith("VB") || opensSentence(v, c))) {
        SourceFinder.Range src = InvertedSources.speaker(v, c + 1, k + 1);
        return src == null ? null : new Attribution().cue(c, c + 1).source(src);
      }
    }
    return null;
  }

  /**
   * "But, said Ann Lee, "…"", "And said Lee: "…"", "In other words, explained X: "…"": an inverted cue after at
   * most a conjunction, an adverb or a short phrase and its comma.
   */
  private static boolean opensSentence(TokenView v, int c) {
    if (!INVERTED_OPENERS.contains(v.lower(c))) {
      return false;
    }
    int s = v.sentenceStart(c);
    int lead = c - 1 > s && ",".equals(v.word(c - 1)) ? c - 2 : c - 1;
    boolean phrase = lead > s && lead - s < 5 && ",".equals(v.word(c - 1)) && !ContentEnds.finiteBetween(v, s, c - 1)
        && !v.isMark(s); // "In other words, explained Nancy Cordes: "…""
    return lead < s || phrase || lead == s && (v.pos(s).startsWith("CC") || v.pos(s).startsWith("RB"));
  }

  private static boolean statementLike(TokenView v, int a) {
    int q = v.quoteOf(a);
    return q >= 0 && Continuation.statementLike(v, v.quotes.get(q), a);
  }

  private static boolean endsWithPeriod(TokenView v, QuoteMarks.Span span) {
    String inner = v.text.substring(span.innerStart(), span.innerEnd()).strip();
    return inner.endsWith(".");
  }

  /**
   * Whether {@code at}, after the quote opening at {@code a}, is a closing attribution with a finite verb ('…," the
   * paper reported.'), so that a quote opened mid-clause ('could be termed "influence peddling," the paper
   * reported') is part of the reported clause, not the whole content.
   */
  private static boolean closes(TokenView v, Attribution at, int a) {
    String p = at.cueStart >= 0 ? v.pos(at.cueStart) : "";
    return ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p)) && attributionCloses(v, at);
  }

  /** After the cue (its addressee, time or medium, or an inverted source) the clause ends. */
  private static boolean attributionCloses(TokenView v, Attribution at) {
    int k = Math.max(at.cueEnd, at.sourceEnd);
    if (at.addresseeEnd > k) {
      k = at.addresseeEnd;
    }
    k = Modifiers.skip(v, k, v.size());
    return !v.in(k) || v.paragraph(k) != v.paragraph(at.cueStart) || v.isSentencePunct(k)
        || ",".equals(v.word(k)) || v.isMark(k);
  }

  /**
   * The latest attribution whose cue lies in the sentence of token {@code i}, or shortly before it in the paragraph
   * when the sentence names no subject of its own: participles inherit its speaker.
   */
  static Attribution sameSentence(TokenView v, int i, List<Attribution> sofar) {
    int lim = v.sentenceStart(i);
    Boolean ownSubject = null;
    for (int k = sofar.size() - 1; k >= 0; k--) {
      Attribution at = sofar.get(k);
      if (at.cueStart < 0 || at.cueStart >= i) {
        continue;
      }
      if (at.cueStart >= lim) {
        return at;
      }
      if (i - at.cueStart < 60 && v.paragraph(at.cueStart) == v.paragraph(i)) {
        ownSubject = ownSubject != null ? ownSubject : i > lim && Subjects.ofSentence(v, lim, i) != null;
        if (!ownSubject) {
          return at; // "In interviews on Sunday, he defended the plan, saying …": not the last sentence's speaker
        }
      }
    }
    return null;
  }

  /** Verbs that introduce a quote beside them though they report no speech elsewhere ("…," read one sign). */
  private static final Set<String> QUOTING = Set.of("read", "answer", "interject", "bark", "surmise", "crack");
  private static final Set<String> ANSWERS = Set.of("answer", "reply", "respond", "retort");
  private static final Set<String> INVERTED_OPENERS = Set.of(
      "said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "noted", "notes");

  /**
   * A verb of saying or quoting outside any quote; also "Said" opening a sentence ("Said Comey, "…""), which the
   * tagger reads as a name.
   */
  static boolean isSpeechVerb(TokenView v, int i) {
    if (v.quoteOf(i) >= 0) {
      return false;
    }
    if (v.pos(i).startsWith("VB")) { // not "a sign that read "…"": the sign is no speaker
      return CueLexicon.isSpeech(v.lemma(i))
          || QUOTING.contains(v.lemma(i)) && !(i > 0 && ("that".equals(v.lower(i - 1)) || "which".equals(v.lower(i - 1))));
    }
    boolean opens = v.sentenceStart(i) == i || i > 0 && v.isSentencePunct(i - 1);
    return opens && Character.isUpperCase(v.word(i).charAt(0)) && INVERTED_OPENERS.contains(v.lower(i));
  }

  private static int skipAdverbs(TokenView v, int j, int limit) {
    int c = j;
    while (c < limit && c < j + 2 && v.pos(c).startsWith("RB")) {
      c++;
    }
    return c;
  }

  /** End of the attribution clause after a quote: the next quote mark, sentence end or paragraph end. */
  private static int clauseEnd(TokenView v, int j, int para) {
    int e = j;
    while (v.in(e) && v.paragraph(e) == para && (!v.isSentencePunct(e) || e + 1 < v.sentenceEnd(e))) {
      int title = v.isMark(e) ? v.titleEnd(e, v.sentenceEnd(e)) : -1;
      if (v.isMark(e) && title < 0) {
        break;
      }
      e = title >= 0 ? title : e + 1; // "…," Bill Eastland, wearing "Ted Cruz" pins, said
    } // a period inside the sentence is an abbreviation's: "said Rep. Ann Lee (D-N.C.), head of …"
    return e;
  }
}

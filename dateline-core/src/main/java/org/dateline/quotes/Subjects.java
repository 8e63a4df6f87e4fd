package org.dateline.quotes;

import java.util.Set;
import org.dateline.nlp.Datelines;

/** Subjects found away from the cue: the first verb's subject for "X praised Y and said…" and for participles. */
final class Subjects {
  private Subjects() {}

  /**
   * "Wilson praised Rubio and said …": the subject of the verb coordinated with the cue; the sentence's subject
   * when it has one ("Huckabee proposed we leave and said …").
   */
  static SourceFinder.Range coordinated(TokenView v, int cue, int lim) {
    int k = cue - 1 - CueSpans.leadIn(v, cue, lim); // "but went on to say"
    while (k >= lim && (v.pos(k).startsWith("RB") || COORDINATED_AUXILIARIES.contains(v.lower(k)))) {
      k--; // "but did note that …", "and has since said …"
    }
    if (k <= lim || !"CC".equals(v.pos(k))) {
      return null;
    }
    SourceFinder.Range sub = subordinate(v, lim, k);
    if (sub != null) {
      return sub; // "The crowd cheered when Trump spotted a sign and asked …": the subordinate clause's subject
    }
    SourceFinder.Range main = ofSentence(v, lim, k);
    if (main != null) {
      return main;
    }
    for (int i = k - 1; i > lim && i > k - 25; i--) {
      String p = v.pos(i);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || finiteAfterAppositive(v, i)) {
        SourceFinder.Range r = SourceFinder.left(v, i, lim);
        if (r != null || !",".equals(v.word(i - 1))) {
          return r;
        } // "they reversed themselves, rushed everyone inside and said …": the list's first verb has the subject
      }
    }
    return null;
  }

  /**
   * The subject of the sentence's first finite verb when it opens the sentence (or follows an opening phrase and
   * comma): the speaker of ", saying …" participles.
   */
  static SourceFinder.Range ofSentence(TokenView v, int lim, int before) {
    SourceFinder.Range closing = closingSpeaker(v, lim, before);
    if (closing != null) {
      return closing;
    }
    int open = clauseStart(v, lim, before);
    for (int i = open + 1; i < before && i < lim + 40; i++) {
      i = afterRelative(v, i, before); // "Ruiz, who faces a tough race, issued …": the main clause's verb
      String p = v.pos(i);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p) || finiteAfterAppositive(v, i)) {
        SourceFinder.Range r = SourceFinder.left(v, i, open);
        return r != null && (r.start() <= Math.max(open, Datelines.end(v.tokens, lim, before))
            || ",".equals(v.word(r.start() - 1))) ? r : null;
      }
      if (v.isMark(i)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The sentence's subject for a participle cue at {@code cue} ({@link #ofSentence}); but when that subject is a
   * market ("Shares fell after the company cut its forecast, citing …"), the subject of the subordinate clause
   * the participle follows, which can say something.
   */
  static SourceFinder.Range agentOf(TokenView v, int lim, int cue) {
    SourceFinder.Range main = ofSentence(v, lim, cue);
    if (main == null || !market(v, main) || !",".equals(v.word(cue - 1))) {
      return main;
    }
    for (int k = cue - 2; k > main.end(); k--) {
      if (v.isPunct(k) || v.isMark(k)) {
        return main;
      }
      if (Vocabulary.SUBORDINATORS.contains(v.lower(k))) {
        SourceFinder.Range agent = ofClause(v, k + 1, cue - 1);
        return agent != null && agent.start() == k + 1 ? agent : main;
      }
    }
    return main;
  }

  /** "Shares in the carmaker", "Oil prices": a market names the subject's first noun run. */
  private static boolean market(TokenView v, SourceFinder.Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (MARKETS.contains(v.lower(i))) {
        return true;
      }
      if (!v.pos(i).startsWith("NN") && !v.pos(i).startsWith("DT") && !v.pos(i).startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> MARKETS = Set.of("shares", "stocks", "prices", "markets", "oil", "gold",
      "dollar", "euro", "pound", "yen", "yields", "bonds", "index", "futures", "stock", "currency");

  /** The comma closing a relative clause opening after the comma before {@code i} ("…, who …,"), else {@code i}. */
  private static int afterRelative(TokenView v, int i, int before) {
    if (!",".equals(v.word(i - 1)) || !"who".equals(v.lower(i)) && !"which".equals(v.lower(i))) {
      return i;
    }
    for (int c = i + 1; c < before; c++) {
      if (",".equals(v.word(c)) && v.quoteOf(c) < 0) {
        return c;
      }
      if (v.isMark(c) || ";".equals(v.word(c)) || CueLexicon.isCueVerb(v, c)) {
        return i; // a cue inside keeps the relative pronoun as its source: "X, who endorsed Y, offered …"
      }
    }
    return i;
  }

  /**
   * The speaker of a participle cue {@code cue} whose left neighbour {@code src} is the object of a finite verb
   * ("emailed supporters saying: "…"", "issued a statement saying …"): the sentence's subject; else {@code src}.
   * When it differs from {@code src}, the cue runs from that verb (PolNeAR: "issued a statement saying").
   */
  static SourceFinder.Range ofParticiple(TokenView v, int cue, SourceFinder.Range src, int lim) {
    if (src == null || !"VBG".equals(v.pos(cue)) || src.start() <= lim) {
      return src;
    }
    String before = v.pos(src.start() - 1);
    if (!"VBD".equals(before) && !"VBZ".equals(before) && !"VBP".equals(before)) {
      return src;
    }
    SourceFinder.Range main = ofSentence(v, lim, src.start());
    return main != null && main.end() <= src.start() ? main : src;
  }

  /**
   * {@code src}, or null when it is a preposition's object before ", VBG" ("Cruz said at a town hall in Dover
   * Thursday, hinting at …"): the participle then speaks for the clause's subject, not the object. Not after "from"
   * or "by", whose object may be the one speaking ("drew fire from Ann Lee, the union's lawyer, saying …").
   */
  static SourceFinder.Range notObject(TokenView v, int cue, SourceFinder.Range src, int lim) {
    if (src == null || src.start() <= lim || cue <= lim || !"VBG".equals(v.pos(cue)) || !",".equals(v.word(cue - 1))) {
      return src;
    }
    String before = v.lower(src.start() - 1);
    boolean object = "IN".equals(v.pos(src.start() - 1)) && !"from".equals(before) && !"by".equals(before);
    return object ? null : src;
  }

  /**
   * The subject of a subordinate clause ("when Trump spotted …") whose verb is the last before {@code k}, or null.
   */
  private static SourceFinder.Range subordinate(TokenView v, int lim, int k) {
    for (int i = k - 1; i > lim && i > k - 20; i--) {
      if (",".equals(v.word(i)) || v.isMark(i)) {
        return null;
      }
      if (v.isFinite(i) && !"MD".equals(v.pos(i))) {
        for (int j = i - 1; j >= lim && j > i - 8; j--) {
          if (CLAUSE_SUBORDINATORS.contains(v.lower(j))) {
            SourceFinder.Range r = SourceFinder.left(v, i, j + 1);
            return r != null && r.start() == j + 1 ? r : null;
          }
          if (",".equals(v.word(j))) {
            return null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The noun phrase opening the clause before ", VBG …," when the participle at {@code cue} sits between a subject
   * and its verb ("The Journal, citing internal documents, reported"), else null.
   */
  static SourceFinder.Range appositiveHost(TokenView v, int cue, int lim) {
    if (cue - 2 < lim || !",".equals(v.word(cue - 1)) || !"VBG".equals(v.pos(cue))) {
      return null;
    }
    SourceFinder.Range np = SourceFinder.nounPhraseLeft(v, cue - 2, lim);
    int close = appositiveEnd(v, cue, v.sentenceEnd(cue));
    return np != null && np.start() == clauseStart(v, lim, cue) && close < v.sentenceEnd(cue) && v.isFinite(close + 1)
        ? np : null;
  }

  /** The comma closing the participle phrase opened at {@code cue}, or {@code end} when none within a few words. */
  static int appositiveEnd(TokenView v, int cue, int end) {
    for (int k = cue + 1; k < end && k < cue + 12; k++) {
      if (",".equals(v.word(k))) {
        return k;
      }
      if (v.isFinite(k) || v.isMark(k)) {
        return end;
      }
    }
    return end;
  }

  /**
   * The speaker of a closing attribution just before the participle at {@code cue} ("…, Spicer said, adding …",
   * "…, said Spicer, adding …"), or null.
   */
  private static SourceFinder.Range closingSpeaker(TokenView v, int lim, int cue) {
    int comma = cue - 1;
    if (comma - 3 < lim || !",".equals(v.word(comma))) {
      return null;
    }
    int verb = comma - 1;
    if (DirectQuotes.isSpeechVerb(v, verb) && v.isFinite(verb)) {
      SourceFinder.Range src = SourceFinder.left(v, verb, lim);
      return src != null && src.start() > lim && ",".equals(v.word(src.start() - 1)) ? src : null;
    }
    for (int k = comma - 1; k > lim && k > comma - 8; k--) {
      if (DirectQuotes.isSpeechVerb(v, k) && v.isFinite(k) && ",".equals(v.word(k - 1))) {
        SourceFinder.Range src = InvertedSources.speaker(v, k + 1, comma);
        return src != null && src.end() == comma ? src : null;
      }
    }
    return null;
  }

  /** Narrower than {@link Vocabulary#SUBORDINATORS}: with "as", "while" … a speaker's object became a subject. */
  private static final java.util.Set<String> CLAUSE_SUBORDINATORS = java.util.Set.of(
      "when", "after", "because", "if", "since", "before", "once", "until");
  private static final java.util.Set<String> COORDINATED_AUXILIARIES = java.util.Set.of(
      "did", "does", "do", "has", "have", "had", "will", "would", "could", "can");

  /**
   * Where the main clause of the sentence starting at {@code lim} opens: after a leading conjunction or adverb
   * ("And then Trump went …") and after an opening subordinate clause and its comma ("Although he thanked them,
   * he sounded …").
   */
  private static int clauseStart(TokenView v, int lim, int before) {
    int s = lim;
    while (s < before && s < lim + 3 && (v.pos(s).startsWith("CC") || v.pos(s).startsWith("RB"))) {
      s++;
    }
    s = subordinateAfterOpening(v, s, before);
    if (s < before && Vocabulary.SUBORDINATORS.contains(v.lower(s))) {
      for (int k = s + 1; k < before && k < s + 25; k++) {
        if (v.isMark(k)) {
          break;
        }
        if (",".equals(v.word(k))) {
          return k + 1;
        }
      }
    }
    return s;
  }

  /** "In a September debate, while …": the subordinator after the verbless phrase at {@code s}, else {@code s}. */
  private static int subordinateAfterOpening(TokenView v, int s, int before) {
    for (int k = s + 2; k < before && k <= s + 8; k++) {
      if (Vocabulary.SUBORDINATORS.contains(v.lower(k)) && afterOpeningPhrase(v, k, s)) {
        return k;
      }
    }
    return s;
  }

  /** Whether {@code i} opens its sentence, allowing a leading conjunction or punctuation. */
  static boolean opensSentence(TokenView v, int i, int lim) {
    int s = lim;
    while (s < i && (v.pos(s).startsWith("CC") || v.isPunct(s) && !v.isMark(s))) {
      s++;
    }
    return s == i;
  }

  /** A short noun phrase at {@code s} directly followed by a finite verb: the subject of that clause. */
  static SourceFinder.Range ofClause(TokenView v, int s, int end) {
    for (int k = s + 1; k < end && k < s + 8; k++) {
      String p = v.pos(k);
      if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p)) {
        return SourceFinder.nounPhraseLeft(v, k - 1, s);
      }
      if (!(p.startsWith("NN") || "PRP".equals(p) || "DT".equals(p) || "JJ".equals(p) || "POS".equals(p))) {
        return null;
      }
    }
    return null;
  }

  /**
   * "a decision they say allowed …", "what he said were failures": a cue inside a relative clause, directly
   * followed by the finite verb of the reported clause.
   */
  static boolean embedded(TokenView v, SourceFinder.Range src, int cue, int lim) {
    if (src.start() <= lim || !v.in(cue + 1)) {
      return false;
    }
    String next = v.pos(cue + 1);
    String before = v.lower(src.start() - 1);
    boolean finite = "VBD".equals(next) || "VBZ".equals(next) || "VBP".equals(next) || "MD".equals(next);
    return finite && src.end() - src.start() <= 4 && (RELATIVE_PRONOUNS.contains(before)
        || v.pos(src.start() - 1).startsWith("NN") && ("PRP".equals(v.pos(src.start()))
            || "DT".equals(v.pos(src.start())) && CueLexicon.isSpeech(v.lemma(cue))));
  }

  private static final java.util.Set<String> NOUN_PHRASE = java.util.Set.of(
      "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS");
  private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("that", "which", "who", "what", "whom");

  /**
   * {@code src}, or its name before the first comma when the appositive or relative clause after the name holds an
   * attribution found earlier ("Barkley, who said he votes for Democrats, said …": the speaker is "Barkley").
   */
  static SourceFinder.Range unclaimed(TokenView v, SourceFinder.Range src, boolean[] used, int lim) {
    if (src == null) {
      return null;
    }
    int comma = -1;
    boolean claimed = false;
    for (int i = src.start(); i < src.end(); i++) {
      claimed |= used[i];
      if (comma < 0 && ",".equals(v.word(i))) {
        comma = i;
      }
    }
    if (!claimed || comma <= src.start()) {
      return src;
    }
    SourceFinder.Range name = SourceFinder.nounPhraseLeft(v, comma - 1, lim);
    if (name == null || name.start() != src.start()) {
      return src;
    }
    for (int i = name.start(); i < name.end(); i++) {
      if (used[i]) {
        return src;
      }
    }
    return name;
  }

  /**
   * A past tense the tagger read as a participle after the subject's appositive: "Fallon, a spokesman for the
   * campaign, called/VBN on …". True when the subject before the comma opens the sentence.
   */
  static boolean finiteAfterAppositive(TokenView v, int i) {
    if (!"VBN".equals(v.pos(i)) || i < 3 || !",".equals(v.word(i - 1))) {
      return false;
    }
    int lim = v.sentenceStart(i);
    SourceFinder.Range r = SourceFinder.left(v, i, lim);
    return r != null && (r.end() - r.start() > 2 || r.end() < i - 1)
        && (opensSentence(v, r.start(), lim) || afterOpeningPhrase(v, r.start(), lim));
  }

  /** "On CNN Tuesday, his wife, Jane, called/VBN …": a verbless phrase and its comma open the sentence. */
  static boolean afterOpeningPhrase(TokenView v, int i, int lim) {
    if (i - 2 < lim || !",".equals(v.word(i - 1)) || !"IN".equals(v.pos(lim)) || i - lim > 8) {
      return false;
    }
    for (int k = lim; k < i - 1; k++) {
      if (v.pos(k).startsWith("VB") || v.isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  /** Adds the relative pronoun before an embedded clause's subject as content: "<which> critics said <was …>". */
  static void relativeContent(TokenView v, Attribution at, SourceFinder.Range src, boolean[] used) {
    int rel = src.start() - 1;
    if (rel >= 0 && !used[rel] && RELATIVE_PRONOUNS.contains(v.lower(rel))) {
      at.add(v.tok(rel).start(), v.tok(rel).end(), org.dateline.model.QuoteType.INDIRECT);
      used[rel] = true;
    } else if (rel >= 0 && !used[rel] && v.pos(rel).startsWith("NN") && at.cueStart >= 0
        && CueLexicon.isSpeech(v.lemma(at.cueStart))) { // "a probe the agency said was ongoing"
      int s = rel;
      int lim = v.sentenceStart(rel);
      while (s - 1 >= lim && !used[s - 1] && NOUN_PHRASE.contains(v.pos(s - 1))) {
        s--;
      }
      at.add(v.tok(s).start(), v.tok(rel).end(), org.dateline.model.QuoteType.INDIRECT);
      for (int i = s; i <= rel; i++) {
        used[i] = true;
      }
    }
  }
}

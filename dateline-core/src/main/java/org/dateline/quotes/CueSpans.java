package org.dateline.quotes;

import java.util.Set;

/**
 * Widens a cue verb to the span news annotation gives it (PolNeAR conventions, measured on its training part):
 * auxiliaries and adverbs before the verb ("has also said"), a bare weekday after it ("said Tuesday") and a
 * colon that introduces the content ("added:"). Never into the source or the content.
 */
final class CueSpans {
  private CueSpans() {}

  private static final Set<String> BEFORE = Set.of(
      "has", "have", "had", "also", "later", "previously", "then", "will", "would", "did", "does", "do", "not",
      "n't", "n’t", "is", "are", "was", "were", "am", "been", "’ve", "'ve", "’ll", "'ll", "’d", "'d",
      "again", "once", "repeatedly", "publicly", "privately", "recently", "earlier", "further", "could",
      "can", "may", "might", "should", "must", "never", "often", "first", "now", "still", "long", "always",
      "ever", "since", "just", "even", "already");
  private static final Set<String> DAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static void widen(TokenView v, Attribution a) {
    if (a.cueStart < 0 || !v.pos(a.cueStart).startsWith("VB")) {
      return;
    }
    boolean shortCue = a.cueEnd <= a.cueStart + 2; // longer cues ("made the case for") only widen to the left
    int start = a.cueStart;
    int lim = v.sentenceStart(start);
    int lead = leadIn(v, start, lim);
    if (lead > 0 && !inSource(a, start - lead)) {
      start -= lead;
    }
    if (start - 1 > lim && "VBG".equals(v.pos(start)) && "without".equals(v.lower(start - 1))) {
      start--; // "…, without offering specifics": PolNeAR's cue holds the preposition
    }
    int span = start - 1 > lim ? Durations.start(v, start - 1, lim) : -1;
    if (span > lim && isPreverb(v, span - 1) && !inSource(a, span - 1) && !inContent(v, a, span)) {
      lead = Math.max(lead, 0) + start - span; // "has in the past described", "have for weeks been"
      start = span;
    }
    while (start - 1 >= lim && isPreverb(v, start - 1) && !inSource(a, start - 1)
        && !inContent(v, a, start - 1) && a.cueStart - start < 3 + Math.max(lead, 0)) {
      start--;
    }
    int end = a.cueEnd;
    if (!shortCue) {
      a.cueStart = start;
      return;
    }
    if (v.in(end) && DAYS.contains(v.lower(end)) && !inContent(v, a, end) && !inSource(a, end)) {
      end++;
    }
    if (inAStatement(v, a, end)) {
      end += 3; // "said in a statement": PolNeAR's cue holds the medium (47 of 79 times in its training part)
    }
    end = onPlatform(v, a, end); // "wrote on Facebook", "posted on Twitter"; not "said on Twitter" (train 2 in, 3 out)
    if (v.in(end) && ":".equals(v.word(end)) && !inContent(v, a, end)) {
      end++;
    }
    a.cueStart = start;
    a.cueEnd = end;
  }

  private static final Set<String> PLATFORMS = Set.of("facebook", "twitter", "instagram", "x");

  /** After "on Facebook", "on Twitter", "on social media" following a verb of writing or posting, else {@code end}. */
  private static int onPlatform(TokenView v, Attribution a, int end) {
    String lemma = v.lemma(a.cueEnd - 1);
    if (!"write".equals(lemma) && !"post".equals(lemma) || !v.in(end + 1) || !"on".equals(v.lower(end))
        || inContent(v, a, end) || inSource(a, end + 1)) {
      return end;
    }
    if (PLATFORMS.contains(v.lower(end + 1)) && "NNP".equals(v.pos(end + 1)) && !inContent(v, a, end + 1)) {
      return end + 2;
    }
    boolean social = v.in(end + 2) && "social".equals(v.lower(end + 1)) && "media".equals(v.lower(end + 2));
    return social && !inContent(v, a, end + 2) ? end + 3 : end;
  }

  private static boolean inAStatement(TokenView v, Attribution a, int end) {
    return v.in(end + 2) && "in".equals(v.lower(end)) && "a".equals(v.lower(end + 1))
        && "statement".equals(v.lower(end + 2)) && !inContent(v, a, end) && !inContent(v, a, end + 2)
        && !inSource(a, end) && !inSource(a, end + 2);
  }

  /**
   * How many words before the cue verb at {@code cue} belong to its cue: 3 in "went on to say" and "neither confirm
   * nor deny", 2 in "continued to portray", "seemed to mock" (not "declined to say": PolNeAR's cue there is
   * "declined"); else 0.
   */
  static int leadIn(TokenView v, int cue, int lim) {
    if (CueLexicon.pairedAt(v, cue - 2) && cue - 3 >= lim) {
      return 3; // "would neither confirm nor deny"
    }
    if (cue - 2 < lim || !"to".equals(v.lower(cue - 1)) || !v.pos(cue).startsWith("VB")
        || !CueLexicon.isCueVerb(v, cue)) {
      return 0;
    }
    if (!"VB".equals(v.pos(cue))) {
      return "VBG".equals(v.pos(cue)) ? InfinitiveLeads.at(v, cue, lim) : 0; // "have taken to saying"
    }
    if (cue - 3 >= lim && "on".equals(v.lower(cue - 2)) && "go".equals(v.lemma(cue - 3))) {
      return 3;
    }
    return v.pos(cue - 2).startsWith("VB") && LEADS.contains(v.lemma(cue - 2)) ? 2 : InfinitiveLeads.at(v, cue, lim);
  }

  /**
   * The start of a cue "responded by saying", "began by crediting", "opened his remarks by saying": a finite verb
   * right before "by" or before a two-word object and "by", ahead of the participle cue at {@code cue}; else
   * {@code cue}. A longer main clause stays out (PolNeAR: "has soared in the polls | by saying", 80 of 113).
   */
  static int byLead(TokenView v, int cue, int lim) {
    if (cue - 2 < lim || !"by".equals(v.lower(cue - 1)) || !"VBG".equals(v.pos(cue))) {
      return cue;
    }
    int k = cue - 2;
    if (k - 2 >= lim && v.pos(k).startsWith("NN") && ("PRP$".equals(v.pos(k - 1)) || "DT".equals(v.pos(k - 1)))) {
      k -= 2; // "punctuated his list by saying"
    }
    return v.isFinite(k) && !"MD".equals(v.pos(k)) ? k : cue;
  }

  /**
   * Verbs of aspect, attempt and turn-taking whose "to" infinitive, when a cue verb, extends the cue: "continued to
   * say", "interjected to say".
   */
  private static final Set<String> LEADS = Set.of(
      "continue", "seem", "appear", "begin", "start", "try", "attempt", "interject", "pause", "rise", "hasten", "rush",
      "stop", "tend");

  /** An auxiliary or adverb that belongs to the cue: "has also", "’s" ("He’s suggesting"), "gingerly". */
  static boolean isPreverb(TokenView v, int i) {
    String w = v.lower(i);
    return BEFORE.contains(w) && !"NNP".equals(v.pos(i)) || CLITICS.contains(w) && v.pos(i).startsWith("VB")
        || "RB".equals(v.pos(i)) && w.length() > 4 && w.endsWith("ly") && !"only".equals(w)
        || "only".equals(w) && i > 0 && onlyAfter(v, i - 1) // "Lee only said", "would only say"
        || FLOATING.contains(w) && i > 0 && afterSubjectOrAuxiliary(v, i - 1); // "They have both pushed for"
  }

  private static boolean onlyAfter(TokenView v, int k) {
    String p = v.pos(k);
    return "PRP".equals(p) || "NNP".equals(p) || "MD".equals(p) || SourceFinder.AUXILIARIES.contains(v.lower(k));
  }

  private static final Set<String> FLOATING = Set.of("all", "both", "each");

  private static boolean afterSubjectOrAuxiliary(TokenView v, int k) {
    String p = v.pos(k);
    return p.startsWith("NN") || "PRP".equals(p) || "MD".equals(p) || SourceFinder.AUXILIARIES.contains(v.lower(k));
  }

  private static final Set<String> CLITICS = Set.of("’s", "'s", "’re", "'re", "’m", "'m");

  private static boolean inSource(Attribution a, int i) {
    return a.sourceStart <= i && i < a.sourceEnd;
  }

  private static boolean inContent(TokenView v, Attribution a, int i) {
    int s = v.tok(i).start();
    for (int[] c : a.content) {
      if (c[0] <= s && s < c[1]) {
        return true;
      }
    }
    return false;
  }
}

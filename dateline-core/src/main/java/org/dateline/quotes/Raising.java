package org.dateline.quotes;

import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * Evidential cues with no source of their own: {@code X seems/appears to …}, {@code X seemed unperturbed},
 * {@code X is expected to …}, {@code X was asked to …}, {@code it appears that …}. The content is the subject plus
 * the complement (two segments); the cue keeps the auxiliary before the participle ("is expected", "isn't
 * expected"). {@code (was) asked about X} and {@code was asked whether …} have the question as their only content.
 */
final class Raising {
  private Raising() {}

  private static final Set<String> SEEM = Set.of("seem", "appear");
  private static final Set<String> QUESTIONS = Set.of("whether", "if", "what", "why", "how", "who", "when", "where");
  /** Passives before "to" whose subject is no source: "is expected to", "was asked to", "is said to". */
  private static final Set<String> PASSIVE_TO = Set.of(
      "expect", "ask", "say", "believe", "understand", "think", "report", "rumor", "rumour");
  private static final Set<String> FLOATING = Set.of("both", "all", "each");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "’s", "'s", "’re", "'re");

  /** Whether token {@code i} is such a cue: a form of seem/appear, or a passive "expected" before "to". */
  static boolean isCue(TokenView v, int i) {
    String p = v.pos(i);
    if (!p.startsWith("VB") || !v.in(i + 1)) {
      return false;
    }
    String lemma = v.lemma(i);
    if (SEEM.contains(lemma)) {
      return !(v.in(i + 2) && CueSpans.leadIn(v, i + 2, v.sentenceStart(i)) == 2); // not "seemed to mock …"
    }
    if ("ask".equals(lemma) && "VBN".equals(p) && "about".equals(v.lower(i + 1))) {
      return true; // "was asked about X", "when asked about X": the question is the content
    }
    if ("ask".equals(lemma) && "VBN".equals(p) && QUESTIONS.contains(v.lower(i + 1)) && auxStart(v, i) < i) {
      return true; // "was asked whether …", "were asked who would bring change": the question is the content
    }
    return PASSIVE_TO.contains(lemma) && "VBN".equals(p)
        && "to".equals(v.lower(complement(v, i))) && auxStart(v, i) < i;
  }

  /** The attribution cued at {@code i}, or null when there is no subject or complement. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    int cueStart = SEEM.contains(v.lemma(i)) ? i : auxStart(v, i);
    int c = complement(v, i);
    int end = complementEnd(v, c, ContentEnds.of(v, v.sentenceEnd(i), i));
    if ("about".equals(v.lower(c))) {
      return askedAbout(v, new Attribution().cue(cueStart, c + 1), c + 1, end, used);
    }
    if ("ask".equals(v.lemma(i)) && QUESTIONS.contains(v.lower(c))) {
      Attribution q = new Attribution().cue(cueStart, i + 1);
      return segment(v, q, c, end, used) ? q : null;
    }
    Attribution at = new Attribution().cue(cueStart, i + 1);
    if (cueStart > lim && "it".equals(v.lower(cueStart - 1)) && SEEM.contains(v.lemma(i)) && i + 2 < end
        && !"to".equals(v.lower(i + 1)) && !"that".equals(v.lower(c)) && !v.isPunct(i + 1)) {
      return segment(v, at, i + 1, end, used) ? at : null; // "It seems pretty likely they will": the rest
    }
    if (c >= end || !opensComplement(v, c)) {
      return null;
    }
    if (cueStart > lim && "it".equals(v.lower(cueStart - 1)) && "that".equals(v.lower(c))) {
      at.cue(cueStart - 1, i + 1); // "it appears that …"
      return segment(v, at, c, end, used) ? at : null;
    }
    int last = cueStart - 1;
    while (last > lim && (v.pos(last).startsWith("RB") || FLOATING.contains(v.lower(last)))) {
      last--; // "Both houses now seem …", "The two both seemed": the adverb stays in the subject's segment
    }
    last = Connectives.before(v, last, lim); // "The story, however, seemed …"
    SourceFinder.Range subject = SourceFinder.nounPhraseLeft(v, last, lim);
    if (subject == null && last >= lim && DEMONSTRATIVES.contains(v.lower(last)) && SEEM.contains(v.lemma(i))) {
      subject = new SourceFinder.Range(last, last + 1); // "This seems like a comparable moment"
    }
    String before = cueStart - 1 >= lim ? v.lower(cueStart - 1) : "";
    if (subject == null && SourceFinder.RELATIVES.contains(before) && !("that".equals(before) && SEEM.contains(v.lemma(i)))) {
      subject = new SourceFinder.Range(cueStart - 1, cueStart); // "who seemed …", "which is widely expected to …"
    }
    if (subject == null && cueStart - 1 > lim && ",".equals(v.word(cueStart - 1))) {
      subject = Appositives.chain(v, cueStart - 1, lim); // "members of the coalition, a group of donors, is expected"
    }
    if (subject == null && SEEM.contains(v.lemma(i))) {
      subject = Subjects.coordinated(v, cueStart, lim); // "Trump held a lead and appeared poised to win"
      last = subject == null ? last : subject.end() - 1;
    }
    if (subject == null && !SEEM.contains(v.lemma(i)) && Subjects.coordinated(v, cueStart, lim) != null) {
      return free(c, end, used) && segment(v, at, c, end, used) ? at : null; // "but is not expected to meet …"
    }
    if (subject == null || "there".equals(v.lower(subject.start()))
        || "it".equals(v.lower(subject.start())) && SEEM.contains(v.lemma(i))) {
      return null;
    }
    if (subject.end() == last + 1 && last + 1 < cueStart && !v.pos(subject.end()).startsWith("VB")) {
      subject = new SourceFinder.Range(subject.start(), cueStart);
    }
    if (!free(subject.start(), subject.end(), used) || !free(c, end, used)) {
      return null;
    }
    return segment(v, at, subject.start(), subject.end(), used) && segment(v, at, c, end, used) ? at : null;
  }

  /**
   * Where the complement from {@code c} stops: at a colon ("seemed irritated: …"), at a subordinate clause after a
   * comma or an "as" or "even if" clause ("to be shrinking even if …", "to match the mood as the band played"),
   * which PolNeAR leaves to the writer; else {@code end}.
   */
  private static int complementEnd(TokenView v, int c, int end) {
    for (int k = c + 1; k + 1 < end; k++) {
      String next = v.lower(k + 1);
      if (":".equals(v.word(k)) && k > c
          || ",".equals(v.word(k)) && (STOPS.contains(next) || "but".equals(next) || "when".equals(next))
          || "even".equals(v.lower(k)) && "if".equals(next) || "as".equals(v.lower(k)) && clauseAhead(v, k + 1, end)) {
        return k;
      }
    }
    return end;
  }

  /** A finite verb within a few words from {@code s}: "as the band played". */
  private static boolean clauseAhead(TokenView v, int s, int end) {
    for (int k = s; k < end && k < s + 6; k++) {
      if (v.isFinite(k)) {
        return k > s;
      }
      if (v.isPunct(k)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> STOPS = Set.of(
      "as", "while", "despite", "before", "after", "because", "if", "though", "although", "since", "until", "even");

  /** "was asked about the loan", "when asked about his daughter, he said …": up to the next comma. */
  private static Attribution askedAbout(TokenView v, Attribution at, int s, int end, boolean[] used) {
    int e = s;
    while (e < end && !",".equals(v.word(e))) {
      e++;
    }
    return e > s && segment(v, at, s, e, used) ? at : null;
  }

  private static boolean opensComplement(TokenView v, int c) {
    String w = v.lower(c);
    String p = v.pos(c);
    return "to".equals(w) || "like".equals(w) || "that".equals(w) || p.startsWith("JJ") || "VBN".equals(p)
        || "RB".equals(p) && v.in(c + 1) && v.pos(c + 1).startsWith("JJ");
  }

  /** The first token after the cue and its adverbs ("seemed equally unperturbed" gives "equally"). */
  private static int complement(TokenView v, int i) {
    int c = i + 1;
    while (v.in(c + 1) && v.pos(c).startsWith("RB") && !v.pos(c + 1).startsWith("JJ")) {
      c++;
    }
    return c;
  }

  /** The auxiliary "is"/"are" (and "not", adverbs) before a passive "expected"; {@code i} when none. */
  private static int auxStart(TokenView v, int i) {
    int k = i - 1;
    while (k >= 0 && k >= i - 3 && (v.pos(k).startsWith("RB") || "n’t".equals(v.lower(k)))) {
      k--;
    }
    return k >= 0 && BE.contains(v.lower(k)) ? k : i;
  }

  static boolean free(int s, int e, boolean[] used) {
    for (int k = s; k < e; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  static boolean segment(TokenView v, Attribution at, int s, int e, boolean[] used) {
    while (e > s && v.isPunct(e - 1) && !v.isMark(e - 1)) {
      e--;
    }
    if (e <= s || !free(s, e, used)) {
      return false;
    }
    for (int k = s; k < e; k++) {
      used[k] = true;
    }
    at.add(v.tok(s).start(), v.tok(e - 1).end(), QuoteType.INDIRECT);
    return true;
  }
}

package org.dateline.quotes;

import java.util.Set;

/** Where reported content may begin right after its cue, when no "that" marks it. */
final class ContentStarts {
  private ContentStarts() {}

  /** Conjunctions that join the writer's next clause, not the correlatives "both", "either", "neither". */
  private static final Set<String> JOINERS = Set.of("but", "and", "or", "yet", "nor");

  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "if", "whether", "why", "how", "what", "when", "where", "who");

  /**
   * Whether content may start at token {@code s} after the cue at {@code cue} when no "that" stands between: a
   * clause opener, an infinitive after a verb that takes one, a plain object after a verb that takes one, or a
   * clause with its own verb ahead ("said the plan would …").
   */
  static boolean opens(TokenView v, int s, int cue) {
    String w = v.lower(s);
    String p = v.pos(s);
    String lemma = v.lemma(cue);
    if (JOINERS.contains(w) && !(v.in(s + 1) && (v.pos(s + 1).startsWith("VB") || "MD".equals(v.pos(s + 1))))) {
      return false; // "whether the talks would continue, but diplomats said …": the writer's next clause
    }
    if ("that".equals(w) || CLAUSE_OPENERS.contains(w) || ContentEnds.subordinateFirst(v, s)) {
      return true; // "said because the bill is popular, he would sign it"
    }
    if ("to".equals(w)) {
      return CueLexicon.takesInfinitive(lemma);
    }
    if (CueLexicon.takesInfinitive(lemma) && !CueLexicon.ADDRESSEE.contains(lemma) && subjectOfInfinitive(v, s)) {
      return true; // "expect the central bank to raise rates": the object and its infinitive
    }
    if (v.isMark(s)) {
      return false; // a direct quote: DirectQuotes handled it, or it is a title
    }
    if ("despite".equals(w) && concession(v, s)) {
      return true; // "says despite being a Stanford alumna, she plans to …"
    }
    if ("IN".equals(p) && CueLexicon.isSpeech(lemma) && frontedAdjunct(v, s)) {
      return true; // "said in politics it takes time …": the reported clause opens with its own adjunct
    }
    if (Modifiers.opensContentAsModifier(v, s) && (!CueLexicon.takesObject(lemma) || "IN".equals(p))) {
      return hasVerbAhead(v, s) || "at".equals(w) && CueLexicon.takesObject(lemma); // "said only 40 percent were …"
    }
    if (CueLexicon.takesObject(lemma)) { // a gerund object too: "proposed barring", "denied having"
      return (!p.startsWith("VB") || "VBG".equals(p)) && !"IN".equals(p) && !v.isPunct(s);
    }
    if ("tell".equals(lemma) && Addressees.narrativeAt(v, s)) {
      return true; // "told a slightly different tale": what is told
    }
    // zero "that": a clause follows ("said the plan would…", "thinks he can…")
    return (!p.startsWith("VB") || "VBG".equals(p)) && !"IN".equals(p) && !"TO".equals(p) && !v.isPunct(s)
        && !"RB".equals(p) && hasVerbAhead(v, s);
  }

  /**
   * A preposition and a common noun phrase ("in politics", "under the new plan"), then a subject and its finite
   * verb. A name after the preposition ("said in Iowa the …") is where the speaker spoke, not what was said.
   */
  private static boolean frontedAdjunct(TokenView v, int s) {
    if (WHEN.contains(v.lower(s))) {
      return false; // "said after the convention he …": when it was said
    }
    int k = s + 1;
    while (v.in(k) && k < s + 5 && (v.pos(k).startsWith("DT") || v.pos(k).startsWith("JJ") || "NN".equals(v.pos(k))
        || "NNS".equals(v.pos(k)) || "PRP$".equals(v.pos(k)))) {
      k++;
    }
    if (k == s + 1 || !v.pos(k - 1).startsWith("NN") || !v.in(k + 1) || Modifiers.isTimeWord(v.lemma(k - 1))) {
      return false;
    }
    return Modifiers.clauseAt(v, k, v.size());
  }

  /** "despite …," then a subject pronoun or short noun phrase and its finite verb. */
  private static boolean concession(TokenView v, int s) {
    int end = v.sentenceEnd(s);
    for (int k = s + 1; k + 2 < end && k < s + 15; k++) {
      if (v.isFinite(k) || v.isMark(k)) {
        return false;
      }
      if (",".equals(v.word(k))) {
        return ("PRP".equals(v.pos(k + 1)) || v.pos(k + 1).startsWith("NNP")) && v.isFinite(k + 2);
      }
    }
    return false;
  }

  private static final Set<String> WHEN = Set.of("after", "before", "during", "since", "until", "following", "at");

  /** A short noun phrase from {@code s}, then "to" and a verb. */
  private static boolean subjectOfInfinitive(TokenView v, int s) {
    for (int k = s; v.in(k + 1) && k < s + 6; k++) {
      String p = v.pos(k);
      if ("TO".equals(p) || "to".equals(v.lower(k))) {
        return k > s && "VB".equals(v.pos(k + 1));
      }
      if (!(p.startsWith("NN") || p.startsWith("DT") || p.startsWith("JJ") || "PRP".equals(p) || "PRP$".equals(p)
          || "CD".equals(p) || "POS".equals(p))) {
        return false;
      }
    }
    return false;
  }

  private static boolean hasVerbAhead(TokenView v, int s) {
    int e = Math.min(v.sentenceEnd(s), s + 40);
    for (int i = s; i < e; i++) {
      String p = v.pos(i);
      if (v.isFinite(i) || isClitic(v, i) || pastAfterSubject(v, s, i)
          || "VB".equals(p) && i > s && (v.pos(i - 1).startsWith("NNS") || "PRP".equals(v.pos(i - 1))
          || "be".equals(v.lower(i)) && v.pos(i - 1).startsWith("NN"))) { // "suggested the vote be delayed"
        return true;
      }
    }
    return false;
  }

  /** "said the state allocated/VBN more than …": a past tense the tagger read as a participle after its subject. */
  private static boolean pastAfterSubject(TokenView v, int s, int i) {
    if (i <= s || !"VBN".equals(v.pos(i)) || !v.pos(i - 1).startsWith("NN") || !v.in(i + 1)) {
      return false;
    }
    String next = v.pos(i + 1); // not "contests known as", "colleges based on", "the plan approved by"
    return "DT".equals(next) || "CD".equals(next) || "$".equals(next) || "PRP$".equals(next) || "JJR".equals(next)
        || "RBR".equals(next);
  }

  /** "he’ll", "it’s": a contracted verb, whatever tag the curly apostrophe got. */
  private static boolean isClitic(TokenView v, int i) {
    String w = v.lower(i);
    return i > 0 && "PRP".equals(v.pos(i - 1)) && w.length() <= 3 && (w.startsWith("’") || w.startsWith("'"))
        && !"’".equals(w) && !"'".equals(w);
  }
}

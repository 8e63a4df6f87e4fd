package org.dateline.quotes;

import java.util.Set;

/**
 * Subjects that carry a restrictive relative clause right before their cue: "Residents who live near the plant
 * say …", "The officials whose laws were struck down said …", "A report that the agency released Tuesday says …".
 * PolNeAR marks the noun phrase with its clause as the source.
 */
final class RelativeSubjects {
  private RelativeSubjects() {}

  private static final int MAX_CLAUSE = 20;

  /**
   * The subject ending at {@code k} (the token before the cue {@code cue} and its auxiliaries) when {@code [.., k]}
   * closes a relative clause with a finite verb whose noun phrase opens the sentence or follows a comma; else null.
   */
  static SourceFinder.Range before(TokenView v, int cue, int k, int limit) {
    String p = v.pos(cue);
    boolean finiteCue = v.isFinite(cue) || "VB".equals(p) && !"to".equals(v.lower(cue - 1)) // "Residents who … say/VB"
        || "VBN".equals(p) && CallSenses.namesTwice(v, cue); // "… called/VBN X a Y"
    int end = k;
    while (end > limit && v.pos(end).startsWith("RB")) {
      end--; // "who run newsrooms almost universally say": the adverbs go with the cue
    }
    if (end <= limit || !(finiteCue || k < cue - 1) || "to".equals(v.lower(end)) || v.pos(end).startsWith("CC")
        || v.isFinite(end)) {
      return null;
    }
    int rel = -1;
    boolean finite = false;
    boolean speech = false; // "a trend that the group predicts will continue", not "A spokesman who asked not to …"
    for (int i = end; i > limit && i >= end - MAX_CLAUSE; i--) {
      String w = v.word(i);
      if (",".equals(w) || ":".equals(w) || ";".equals(w) || v.isMark(i) || Appositives.isDash(v, i)
          || v.isSentencePunct(i) || "WRB".equals(v.pos(i)) || opensClause(v, i)) {
        return null; // "who gained fame when he yelled"
      }
      speech |= v.pos(i).startsWith("VB") && CueLexicon.isSpeech(v.lemma(i)) && !reflexiveAfter(v, i);
      if (isRelative(v, i)) {
        rel = i;
        break;
      }
      finite |= v.isFinite(i) || "VBN".equals(v.pos(i)) && v.pos(i - 1).startsWith("NN"); // "the agency released/VBN"
    }
    if (rel <= limit || !finite || speech && !"who".equals(v.lower(rel))) {
      return rel < 0 && !speech ? contact(v, end, limit) : null;
    }
    SourceFinder.Range head = Vocabulary.PRONOUN_HEADS.contains(v.lower(rel - 1))
        ? new SourceFinder.Range(rel - 1, rel)
        : NpTokens.isHead(v, rel - 1) && !v.pos(rel - 1).startsWith("PRP")
            ? SourceFinder.nounPhraseLeft(v, rel - 1, limit) : null;
    if (head == null || Modifiers.isComplementNoun(v.lower(rel - 1))
        || !Subjects.opensSentence(v, head.start(), limit) && !",".equals(v.word(head.start() - 1))) {
      return null; // "The fact that the bill has one sponsor shows …": a complement, not a relative clause
    }
    return new SourceFinder.Range(head.start(), end + 1);
  }

  /**
   * A contact clause, a relative clause without its pronoun, ending at {@code end}: "None of the economists I
   * interviewed this week said", "Most farmers we spoke to said", "The residents the agency surveyed said". The
   * clause's subject is a pronoun or a short noun phrase right after a common noun; its verb is past or present.
   */
  private static SourceFinder.Range contact(TokenView v, int end, int limit) {
    int e = TimeAdjuncts.start(v, end, limit) - 1;
    if (e > limit && STRANDED.contains(v.lower(e)) && "IN".equals(v.pos(e)) || e > limit && "TO".equals(v.pos(e))) {
      e--; // "we spoke to", "they worked with"
    }
    if (e - 1 <= limit || !("VBD".equals(v.pos(e)) || "VBP".equals(v.pos(e))
        || "VBN".equals(v.pos(e)) && v.pos(e - 1).startsWith("NN"))) { // "the agency surveyed/VBN"
      return null;
    }
    int subject = e - 1;
    if (!SourceFinder.SUBJECT_PRONOUNS.contains(v.lower(subject)) && !"you".equals(v.lower(subject))) {
      while (subject > limit && v.pos(subject).startsWith("NN")) {
        subject--;
      }
      if (subject == e - 1 || !"DT".equals(v.pos(subject)) || e - subject > 4) {
        return null; // "the agency", "the Post": a determiner and its nouns
      }
    }
    int head = subject - 1;
    if (head < limit || !("NNS".equals(v.pos(head)) || "NN".equals(v.pos(head)))) {
      return null;
    }
    SourceFinder.Range np = SourceFinder.nounPhraseLeft(v, head, limit);
    if (np == null || !Subjects.opensSentence(v, np.start(), limit) && !",".equals(v.word(np.start() - 1))) {
      return null;
    }
    return new SourceFinder.Range(np.start(), end + 1);
  }

  private static final Set<String> STRANDED = Set.of("to", "with", "about", "at", "for");

  /** "who identified himself as", "who described herself as": the clause says who the speaker is. */
  private static boolean reflexiveAfter(TokenView v, int i) {
    return v.in(i + 1) && REFLEXIVES.contains(v.lower(i + 1));
  }

  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself");

  /** A subordinator; not "once" read as an adverb ("who were once intrigued"). */
  private static boolean opensClause(TokenView v, int i) {
    String w = v.lower(i);
    return Vocabulary.SUBORDINATORS.contains(w) && !("once".equals(w) && "RB".equals(v.pos(i)))
        && !("as".equals(w) && REFLEXIVES.contains(v.lower(i - 1))); // "who described herself as"
  }

  private static boolean isRelative(TokenView v, int i) {
    String w = v.lower(i);
    return "who".equals(w) || "whose".equals(w) || "that".equals(w) && ("WDT".equals(v.pos(i)) || "IN".equals(v.pos(i)));
  }
}

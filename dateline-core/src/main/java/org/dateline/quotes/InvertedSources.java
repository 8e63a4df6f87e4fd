package org.dateline.quotes;

import java.util.Set;

/**
 * The words a speaker named after its cue may hold beyond plain noun-phrase tags ("…," said retired judge Ann Lee
 * of Ohio; said one of the organisers; said Sen. Bob Hale (D-Ore.)): {@link SourceFinder#right} asks here.
 */
final class InvertedSources {
  private InvertedSources() {}

  private static final Set<String> LINKS = Set.of("of", "for", "from", "&");
  private static final Set<String> ROLE_LINKS = Set.of("at", "to", "with");

  /** A participle opening the phrase at {@code from} before a noun: "retired neurosurgeon", "acting director". */
  static boolean opens(TokenView v, int i, int from, int limit) {
    String p = v.pos(i);
    return i == from && i + 1 < limit && ("VBN".equals(p) || "VBG".equals(p))
        && Character.isLowerCase(v.word(i).charAt(0)) && v.pos(i + 1).startsWith("NN");
  }

  /**
   * A preposition {@code i} (after {@code from}) joining two parts of the speaker's phrase: "a spokesman for the
   * agency", "the head of the party", "one of those advisers", "an analyst at the bank" (after a role).
   */
  static boolean isLink(TokenView v, int i, int from, int limit) {
    if (i <= from || i + 1 >= limit) {
      return false;
    }
    String w = v.lower(i);
    String before = v.lower(i - 1);
    boolean quantity = "of".equals(w) && (Vocabulary.QUANTIFIERS.contains(before) || "CD".equals(v.pos(i - 1)));
    boolean role = ROLE_LINKS.contains(w) && SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(before));
    String next = v.pos(i + 1);
    return (LINKS.contains(w) && v.pos(i - 1).startsWith("NN") || quantity || role)
        && (next.startsWith("NN") || next.startsWith("DT") || next.startsWith("JJ") || "PRP$".equals(next)
        || "CD".equals(next)) && !Modifiers.isTimeWord(v.lower(i + 1));
  }

  /** A capitalised word the tagger read as an adjective that ends the phrase: "said Devine/JJ." */
  static boolean isNameHead(TokenView v, int i, int from, int limit) {
    return "JJ".equals(v.pos(i)) && Character.isUpperCase(v.word(i).charAt(0))
        && (i == from || v.pos(i - 1).startsWith("NNP")) && (i + 1 >= limit || v.isPunct(i + 1));
  }

  /** The index after a short parenthesis opening at {@code e} ("(D-Calif.)"), else {@code e}. */
  static int afterParenthesis(TokenView v, int e, int limit) {
    if (e >= limit || !"(".equals(v.word(e)) && !"-LRB-".equals(v.word(e))) {
      return e;
    }
    for (int k = e + 1; k < limit && k <= e + 6; k++) {
      String w = v.word(k);
      if (")".equals(w) || "-RRB-".equals(w)) {
        return k > e + 1 ? k + 1 : e;
      }
    }
    return e;
  }

  /**
   * The end of a restrictive relative clause at {@code e} that closes the sentence ("said six million people who
   * lost their insurance."), or {@code e}; not one with a verb of saying of its own ("who say they …").
   */
  static int restrictiveEnd(TokenView v, int e, int limit) {
    if (e + 1 >= limit || !"who".equals(v.lower(e)) || !v.pos(e + 1).startsWith("VB") && !"RB".equals(v.pos(e + 1))) {
      return e;
    }
    int k = e + 1;
    while (k < limit && !v.isSentencePunct(k) && !v.isMark(k) && !";".equals(v.word(k))) {
      if (v.pos(k).startsWith("VB") && SAYING.contains(v.lemma(k))) {
        return e;
      }
      k++;
    }
    return k >= limit || v.isSentencePunct(k) ? k : e;
  }

  private static final Set<String> SAYING = Set.of("say", "tell", "argue", "claim", "insist", "warn", "add", "note");

  /** ", who said …", ", who thinks …" at {@code e}: a relative clause whose verb is one of saying or stance. */
  static boolean speaksAgain(TokenView v, int e, int limit) {
    if (e + 2 >= limit || !",".equals(v.word(e)) || !"who".equals(v.lower(e + 1))) {
      return false;
    }
    int k = e + 2;
    if (k + 1 < limit && v.pos(k).startsWith("RB")) {
      k++;
    }
    return v.pos(k).startsWith("VB") && (CueLexicon.isSpeech(v.lemma(k)) || CueLexicon.isStance(v.lemma(k)));
  }

  /**
   * The comma closing an aside after the speaker when the writer's clause resumes after it ({@link #resumesAt}):
   * {@code The paradox, says Carl Anthony, historian at the library, is that …}. Returns -1 when the aside does not
   * end in such a comma.
   */
  static int asideBeforeVerb(TokenView v, int e, int limit) {
    if (e + 2 >= limit || !",".equals(v.word(e))) {
      return -1;
    }
    for (int c = e + 2; c + 1 < limit && c < e + 20; c++) {
      if (v.isSentencePunct(c) || v.isMark(c) || Appositives.isDash(v, c)) {
        return -1;
      }
      if (",".equals(v.word(c))) {
        return resumesAt(v, c + 1, limit) ? c : -1;
      }
    }
    return -1;
  }

  /** Whether the writer's clause resumes at {@code k}: a finite verb, after adverbs, that reports no speech. */
  static boolean resumesAt(TokenView v, int k, int limit) {
    while (k + 1 < limit && "RB".equals(v.pos(k))) {
      k++;
    }
    return k < limit && v.isFinite(k) && !CueLexicon.isSpeech(v.lemma(k));
  }
}

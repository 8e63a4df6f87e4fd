package org.dateline.quotes;

import java.util.Set;

/**
 * A speaker named after its cue ("…," said retired judge Ann Lee of Ohio; said one of the organisers; said Sen. Bob
 * Hale (D-Ore.)): {@link #speaker} reads it; the other methods name the words it may hold beyond plain noun-phrase
 * tags.
 */
final class InvertedSources {
  private InvertedSources() {}

  /** A noun phrase starting at {@code from} (inverted "said X"), extended over an appositive to the clause end. */
  static SourceFinder.Range speaker(TokenView v, int from, int limit) {
    int e = from;
    while (e < limit && (NpTokens.isNpToken(v, e) || opens(v, e, from, limit) || isLink(v, e, from, limit)
        || e > from && NpTokens.isLink(v, e, from) && Modifiers.skip(v, e, limit) == e)) { // not "in a statement"
      if (v.pos(e).startsWith("PRP") && e > from) {
        break;
      }
      e++;
    }
    while (e > from && !NpTokens.isHead(v, e - 1) && !isNameHead(v, e - 1, from, limit)) {
      e--;
    }
    if (e == from && loneQuantifier(v, from, limit)) {
      e = from + 1; // "said one, a welder from Dover", "said another."
    }
    if (e == from) {
      return null;
    }
    e = PostModifiers.after(v, e, limit); // "said a source involved in the talks"
    e = afterParenthesis(v, e, limit); // "said Sen. Bob Hale (D-Ore.)"
    if (speaksAgain(v, e, limit)) {
      return new SourceFinder.Range(from, e); // "said Weaver, who said …": the relative clause speaks for itself
    }
    int aside = asideBeforeVerb(v, e, limit);
    if (aside > 0) {
      return new SourceFinder.Range(from, aside + 1); // with its comma: "says Carl Anthony, historian, is that …"
    }
    if (e + 2 < limit && ",".equals(v.word(e)) && (v.isFinite(e + 1) || "VBN".equals(v.pos(e + 1))
        || "VBG".equals(v.pos(e + 1)) && !v.pos(e + 2).startsWith("NN") // not ", managing director of …"
        || "IN".equals(v.pos(e + 1)) && closingAdjunct(v, e, limit))) {
      return new SourceFinder.Range(from, e); // "said Ann Lee, referring to …", "said Ann Lee, without a word"
    }
    if (e + 1 < limit && ",".equals(v.word(e)) && NpTokens.startsNp(v, e + 1) && !v.pos(e + 1).startsWith("PRP")
        && !SourceFinder.isSubordinator(v.lower(e + 1)) && !"but".equals(v.lower(e + 1)) // ", though he added that …"
        && (!v.pos(e + 1).startsWith("VB") && !"MD".equals(v.pos(e + 1)) || nominalParticiple(v, e + 1, limit))) {
      // not "…, said X, would be clear" nor "said X, referring to …": the participle is the speaker's next act
      int end = e + 1;
      while (end < limit && !v.isSentencePunct(end) && !v.isMark(end)
          && !(",".equals(v.word(end)) && end + 1 < limit && "VBG".equals(v.pos(end + 1)))
          && !(closingAdjunct(v, end, limit) && !v.lower(e + 1).startsWith("wh")) // not inside ", who …"
          && !speaksAgain(v, end, limit)) { // "said X, the strategist, who added …"
        end++; // up to ", referring to …": the participle is the speaker's next act, not the speaker
      }
      if (speaksAgain(v, end, limit)) {
        return new SourceFinder.Range(from, end + 1); // the appositive keeps its closing comma, as before a cue
      }
      while (end > e && (v.isPunct(end - 1))) {
        end--;
      }
      boolean participle = end + 1 < limit && ",".equals(v.word(end))
          && ("VBG".equals(v.pos(end + 1)) || closingAdjunct(v, end, limit));
      return new SourceFinder.Range(from, participle ? end + 1 : end); // with the comma: ", citing …", ", on Monday"
    }
    return new SourceFinder.Range(from, e);
  }

  /** ", on Monday", ", via email", ", at its convention": after an inverted speaker, when and how, not who. */
  private static boolean closingAdjunct(TokenView v, int comma, int limit) {
    if (!",".equals(v.word(comma)) || comma + 1 >= limit) {
      return false;
    }
    String w = v.lower(comma + 1);
    return "IN".equals(v.pos(comma + 1)) && !"of".equals(w) && !"from".equals(w) && !"like".equals(w)
        || Modifiers.isTimeWord(w);
  }

  /** "managing director": a participle opening a noun phrase, not the speaker's next act ("referring to …"). */
  private static boolean nominalParticiple(TokenView v, int i, int limit) {
    return "VBG".equals(v.pos(i)) && i + 1 < limit && v.pos(i + 1).startsWith("NN");
  }

  /** "one" or "another" standing for a person, closed by a comma or the sentence end. */
  private static boolean loneQuantifier(TokenView v, int i, int limit) {
    return i < limit && ("one".equals(v.lower(i)) || "another".equals(v.lower(i)))
        && (i + 1 >= limit || ",".equals(v.word(i + 1)) || v.isSentencePunct(i + 1));
  }

  private static final Set<String> LINKS = Set.of("of", "for", "from", "&");
  private static final Set<String> ROLE_LINKS = Set.of("at", "to", "with");

  /**
   * A participle opening the phrase at {@code from} before a noun ("retired neurosurgeon", "acting director"), or a
   * title word the tagger read as a verb before a noun and a name ("lead/VB author Dr. Ann Cole").
   */
  static boolean opens(TokenView v, int i, int from, int limit) {
    String p = v.pos(i);
    boolean opener = i == from && i + 1 < limit && Character.isLowerCase(v.word(i).charAt(0))
        && v.pos(i + 1).startsWith("NN");
    return opener && ("VBN".equals(p) || "VBG".equals(p)
        || ("VB".equals(p) || "VBP".equals(p)) && namedAfter(v, i + 1, limit));
  }

  /** A proper noun within the four tokens from {@code s}, all of them nouns. */
  private static boolean namedAfter(TokenView v, int s, int limit) {
    for (int k = s; k < limit && k < s + 4 && v.pos(k).startsWith("NN"); k++) {
      if (v.pos(k).startsWith("NNP")) {
        return true;
      }
    }
    return false;
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

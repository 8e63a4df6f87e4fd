package org.dateline.quotes;

import java.util.Set;

/** Token tests for noun phrases: which tokens a speaker's phrase may hold, head, link and degree words. */
final class NpTokens {
  private NpTokens() {}

  private static final Set<String> NP_TAGS = Set.of(
      "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD", "FW", "HYPH");
  private static final Set<String> LINKS = Set.of(
      "of", "for", "at", "from", "with", "in", "and", "&", "on", "within", "among", "across", "like", "by", "nor");
  private static final Set<String> PARTITIVE_PRONOUNS = Set.of("you", "us", "them");
  private static final Set<String> HYPHEN_PREFIXES = Set.of("well", "then", "still", "anti", "self", "non");
  private static final Set<String> FOCUS = Set.of("only", "almost");
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
  static final Set<String> DEGREE = Set.of(
      "more", "fewer", "less", "nearly", "almost", "about", "roughly", "over", "just", "only", "some");

  static boolean isHead(TokenView v, int i) {
    String p = v.pos(i);
    return p.startsWith("NN") || "PRP".equals(p) || "CD".equals(p) && i > 0 && v.pos(i - 1).startsWith("DT")
        || isCountedName(v, i)
        || "CD".equals(p) && i > 1 && isLink(v, i - 1, i - 2) && "CD".equals(v.pos(i - 2)) // "six in 10"
        || isMistaggedName(v, i) || "VBN".equals(p) && i > 0 && "those".equals(v.lower(i - 1)) // "those surveyed"
        || isAgeNominal(v, i)
        || "CD".equals(p) && v.lower(i).matches("(19|20)\\d\\d") && i > 1 && "from".equals(v.lower(i - 1))
        && v.pos(i - 2).startsWith("NN"); // "a study from 2011"
  }

  /** "the 74-year-old told supporters": an age used as a noun heads its phrase. */
  private static boolean isAgeNominal(TokenView v, int i) {
    return "old".equals(v.lower(i)) && i >= 2 && "HYPH".equals(v.pos(i - 1))
        && ("year".equals(v.lower(i - 2)) || "years".equals(v.lower(i - 2)))
        && !(v.in(i + 1) && v.pos(i + 1).startsWith("NN"));
  }

  /** "one Republican/JJ", "a Democrat/JJ": a capitalised adjective after a count or determiner names a person. */
  private static boolean isCountedName(TokenView v, int i) {
    return "JJ".equals(v.pos(i)) && i > 0 && v.sentenceStart(i) < i && Character.isUpperCase(v.word(i).charAt(0))
        && ("CD".equals(v.pos(i - 1)) || "DT".equals(v.pos(i - 1)));
  }

  /** A capitalised person or organisation name the tagger read as an adjective: "Tad/NNP Devine/JJ". */
  private static boolean isMistaggedName(TokenView v, int i) {
    if ("JJ".equals(v.pos(i)) && Character.isUpperCase(v.word(i).charAt(0)) && v.sentenceStart(i) < i
        && v.in(i + 1) && CueLexicon.isCueVerb(v, i + 1) && !v.pos(i - 1).startsWith("DT")
        && !Character.isUpperCase(v.word(i - 1).charAt(0))) {
      return true; // "Looking back, Devine/JJ argued …": a lone capitalised word before the cue verb
    }
    String ner = v.tok(i).ner();
    return "JJ".equals(v.pos(i)) && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner))
        && Character.isUpperCase(v.word(i).charAt(0)) && i > 0 && v.pos(i - 1).startsWith("NNP");
  }

  /**
   * "The ministry in a statement", "Trump in his announcement speech": a speaker's phrase without the medium it ends
   * in (an indefinite or possessed one), which sits between the speaker and the verb; else {@code r} (or null).
   */
  static SourceFinder.Range withoutMedium(TokenView v, SourceFinder.Range r) {
    if (r == null || !Modifiers.isSpeechNoun(v, r.end() - 1)) {
      return r;
    }
    for (int k = r.end() - 2; k > r.start(); k--) {
      String p = v.pos(k);
      if ("in".equals(v.lower(k)) || "on".equals(v.lower(k))) { // not "A footnote in the report"
        boolean act = "PRP$".equals(v.pos(k + 1)) || "a".equals(v.lower(k + 1)) || "an".equals(v.lower(k + 1));
        return act ? new SourceFinder.Range(r.start(), k) : r;
      }
      if (!"DT".equals(p) && !"PRP$".equals(p) && !p.startsWith("JJ") && !"NN".equals(p)) {
        return r;
      }
    }
    return r;
  }

  static boolean hasProperNoun(TokenView v, SourceFinder.Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (v.pos(i).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** "a visibly emotional Lee": an -ly adverb between a determiner and an adjective. */
  static boolean modifiesAdjective(TokenView v, int i, int limit) {
    return "RB".equals(v.pos(i)) && v.lower(i).endsWith("ly") && v.in(i + 1) && v.pos(i + 1).startsWith("JJ")
        && i - 1 >= limit && "DT".equals(v.pos(i - 1));
  }

  private static boolean isAtLeast(TokenView v, int i) {
    return "at".equals(v.lower(i)) && i + 1 < v.size() && "least".equals(v.lower(i + 1));
  }

  static boolean startsNp(TokenView v, int i) {
    String p = v.pos(i);
    boolean opener = v.sentenceStart(i) == i && Character.isUpperCase(v.word(i).charAt(0)); // "Retired judge X"
    return !"POS".equals(p) && !"HYPH".equals(p) && (!"VBN".equals(p) || opener) && !"/".equals(v.word(i))
        && (!LINKS.contains(v.lower(i)) || isAtLeast(v, i));
  }

  static boolean isNpToken(TokenView v, int i) {
    if (v.isMark(i) || Appositives.isDash(v, i) || isSpacedHyphen(v, i)) {
      return false; // "ST. LOUIS — Presumptive nominee …": a dateline's dash
    }
    if ("/".equals(v.word(i))) { // "a Register/Bloomberg poll"
      return i > 0 && i + 1 < v.size() && v.pos(i - 1).startsWith("NN") && v.pos(i + 1).startsWith("NNP")
          && Character.isUpperCase(v.word(i - 1).charAt(0));
    }
    if (("’".equals(v.word(i)) || "'".equals(v.word(i))) && i > 0 && v.pos(i - 1).startsWith("NN")
        && i + 1 < v.size() && v.pos(i + 1).startsWith("NN")) {
      return true; // plural possessive with any tag: "Sanders’ aides"
    }
    String p = v.pos(i);
    if (HYPHEN_PREFIXES.contains(v.lower(i)) && i + 2 < v.size() && "HYPH".equals(v.pos(i + 1))
        && v.tok(i).end() == v.tok(i + 1).start()) {
      return true; // "one well-connected Democrat", "then-Senate Majority Leader Harry Reid"
    }
    if ("early".equals(v.lower(i)) && i + 1 < v.size() && "NNS".equals(v.pos(i + 1))) {
      return true; // "Early/RB results of the poll"
    }
    if ("VBN".equals(p) || "VBG".equals(p)) { // adjectival participle: "registered voters", "the Founding Fathers"
      if (i + 1 < v.size() && v.pos(i + 1).startsWith("NN") && v.sentenceStart(i) == i
          && Character.isUpperCase(v.word(i).charAt(0))) {
        return true; // "Retired neurosurgeon Ben Carson" opening the sentence
      }
      return i > 0 && i + 1 < v.size() && (v.pos(i + 1).startsWith("NN")
          || "HYPH".equals(v.pos(i - 1)) && v.pos(i + 1).startsWith("JJ")) // "the self-described liberal"
          && (v.pos(i - 1).startsWith("JJ") || v.pos(i - 1).startsWith("DT") || v.pos(i - 1).startsWith("NNP")
          || v.pos(i - 1).startsWith("CD") || v.pos(i - 1).startsWith("PRP$") || "HYPH".equals(v.pos(i - 1))
          || "POS".equals(v.pos(i - 1)) // "the island nations' negotiating bloc"
          || "IN".equals(v.pos(i - 1)) && LINKS.contains(v.lower(i - 1))); // "52 percent of registered voters"
    }
    return NP_TAGS.contains(p);
  }

  static boolean isSpacedHyphen(TokenView v, int i) {
    return "-".equals(v.word(i)) && i > 0 && i + 1 < v.size() && v.tok(i - 1).end() < v.tok(i).start()
        && v.tok(i).end() < v.tok(i + 1).start();
  }

  private static final Set<String> NOT_ALL = Set.of("all", "every", "everyone", "everybody", "many", "everything");
  private static final Set<String> AMOUNTS = Set.of("many", "much", "few", "little");

  /** A token of "as many as", "as much as", "as few as" before a number. */
  private static boolean asManyAs(TokenView v, int i) {
    for (int start = i - 2; start <= i; start++) {
      if (start >= 0 && start + 3 < v.size() && "as".equals(v.lower(start)) && AMOUNTS.contains(v.lower(start + 1))
          && "as".equals(v.lower(start + 2)) && "CD".equals(v.pos(start + 3))) {
        return true;
      }
    }
    return false;
  }

  /** "most recent", "more than half", "nearly 40 percent": degree words inside a noun phrase. */
  static boolean isDegree(TokenView v, int i) {
    String w = v.lower(i);
    String next = i + 1 < v.size() ? v.pos(i + 1) : "";
    if (("most".equals(w) || "more".equals(w) || "least".equals(w)) && next.startsWith("JJ")) {
      return true;
    }
    if ("than".equals(w) && i > 0 && (next.startsWith("CD") || "half".equals(v.lower(i + 1)))) {
      return true;
    }
    if ("least".equals(w) && (next.startsWith("CD") || i > 0 && "at".equals(v.lower(i - 1))) || isAtLeast(v, i)) {
      return true; // "at least four senators", "at least some of the beneficiaries"
    }
    if ("not".equals(w) && i + 1 < v.size() && NOT_ALL.contains(v.lower(i + 1)) || asManyAs(v, i)) {
      return true; // "Not everyone agreed", "As many as 40 percent of voters"
    }
    boolean focus = FOCUS.contains(w) || "even".equals(w) && i > 0 && COORDINATORS.contains(v.lower(i - 1));
    if (focus && (next.startsWith("DT") || next.startsWith("CD") || next.startsWith("NN")
        || next.startsWith("JJ") || next.startsWith("PRP$") || "about".equals(v.lower(i + 1)))) {
      return true; // "only about 4 in 10", "almost everyone", "X and even Y" (a first "even" is left out, 46 to 8)
    }
    return DEGREE.contains(w)
        && (next.startsWith("CD") || "than".equals(v.lower(i + 1)) || "half".equals(v.lower(i + 1)));
  }

  /** "of", "for", "and" between two noun-phrase tokens: "a spokesman for the State Department". */
  static boolean isLink(TokenView v, int i, int limit) {
    String w = v.lower(i);
    boolean counted = ("in".equals(w) || "of".equals(w)) && i - 1 >= limit && "CD".equals(v.pos(i - 1)); // "four in 10"
    boolean role = "to".equals(w) && i - 1 >= limit // "an adviser to Bill Clinton", "a letter to members"
        && (SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(i - 1)))
        || "NN".equals(v.pos(i - 1)) || "NNS".equals(v.pos(i - 1)));
    boolean part = ("of".equals(w) || "in".equals(w)) && i - 1 >= limit // "some of the allies", "many in the crowd"
        && Vocabulary.QUANTIFIERS.contains(v.lower(i - 1));
    boolean you = part && "of".equals(w) && i + 1 < v.size() && PARTITIVE_PRONOUNS.contains(v.lower(i + 1));
    boolean pronoun = "and".equals(w) && i - 1 >= limit && SourceFinder.SUBJECT_PRONOUNS.contains(v.lower(i - 1))
        && (i - 2 < limit || !isNpToken(v, i - 2)); // "She and her aides"
    boolean adjectives = ("and".equals(w) || "or".equals(w)) && i - 1 >= limit && "JJ".equals(v.pos(i - 1))
        && i + 2 < v.size() && (v.pos(i + 1).startsWith("JJ") || "NNP".equals(v.pos(i + 1))); // "civic and Muslim"
    return (LINKS.contains(w) || role) && i - 1 >= limit && i + 1 < v.size()
        && (v.pos(i - 1).startsWith("NN") || counted || pronoun || part || adjectives)
        && (isNpToken(v, i + 1) || isDegree(v, i + 1)) && (!"PRP".equals(v.pos(i + 1)) || you) // "Many of you"
        && (!Modifiers.isTimeWord(v.lower(i + 1)) || i + 2 < v.size() && "POS".equals(v.pos(i + 2))) // "for Thursday's"
        && !v.isMark(i + 1);
  }
}

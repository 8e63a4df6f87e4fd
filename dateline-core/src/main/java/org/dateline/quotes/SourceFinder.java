package org.dateline.quotes;

import java.util.Set;

/** Finds the noun phrase that names a speaker next to a cue, from part-of-speech tags alone. */
final class SourceFinder {
  private SourceFinder() {}

  /** Token range {@code [start, end)}. */
  record Range(int start, int end) {
    Range {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
      }
    }
  }

  private static final Set<String> NP_TAGS = Set.of(
      "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD", "FW", "HYPH");
  private static final Set<String> LINKS = Set.of(
      "of", "for", "at", "from", "with", "in", "and", "&", "on", "within", "among", "across", "like", "by", "nor");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us", "her", "it", "you");
  static final Set<String> AUXILIARIES = Set.of(
      "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do", "also", "later",
      "then", "again", "previously", "repeatedly", "once", "recently", "often", "reportedly", "publicly",
      "privately", "frequently", "similarly", "further", "earlier", "still", "already", "even", "simply", "just",
      "flatly", "not", "n't", "n’t", "’ve", "'ve", "’ll", "'ll", "’d", "'d",
      "never", "could", "can", "may", "might", "should", "must", "first", "explicitly", "however", "meanwhile",
      "though", "instead", "too", "likewise", "nonetheless", "nevertheless", "therefore", "thus", "ultimately",
      "now", "long", "always", "ever", "since");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
  static final Set<String> RELATIVES = Set.of("who", "which", "that");

  /** The subject of the cue at {@code cue}: a noun phrase ending just before it, not reaching before {@code limit}. */
  static Range left(TokenView v, int cue, int limit) {
    int k = cue - 1 - CueSpans.leadIn(v, cue, limit); // "He went on to say", "She continued to insist"
    for (int skipped = 0; k >= limit && skipped < 3 && (isAuxiliary(v, k) || CueSpans.isPreverb(v, k)); skipped++) {
      k--;
    }
    k = Connectives.before(v, k, limit);
    k = TimeAdjuncts.before(v, k, limit);
    boolean here = k > limit && "RB".equals(v.pos(k)) && PLACE_ADVERBS.contains(v.lower(k));
    if (here) {
      Range r = nounPhraseLeft(v, k - 1, limit); // "Activists here say", "voters overall said": the source's
      return r == null ? null : new Range(r.start(), k + 1);
    }
    if (k < limit) {
      return null;
    }
    Range relative = RelativeSubjects.before(v, cue, k, limit);
    if (relative != null) {
      return relative;
    }
    int aside = adjunctOpen(v, k, limit); // "Voters who heard him over the years, on TV or at rallies, said"
    Range inner = aside > limit + 1 ? RelativeSubjects.before(v, cue, aside - 1, limit) : null;
    if (inner != null) {
      return new Range(inner.start(), k + 1);
    }
    if (("whom".equals(v.lower(k)) || "which".equals(v.lower(k))) && k - 2 >= limit && "of".equals(v.lower(k - 1))
        && (PARTITIVES.contains(v.lower(k - 2)) || "CD".equals(v.pos(k - 2)))) {
      return new Range(k - 2, k + 1); // "many of whom say", "two of which show"
    }
    if (RELATIVES.contains(v.lower(k)) && (v.pos(k).startsWith("W") || "who".equals(v.lower(k)))) {
      return new Range(k, k + 1);
    }
    if (",".equals(v.word(k)) || Appositives.isDash(v, k)) {
      Range chained = Appositives.chain(v, k, limit);
      if (chained != null || !",".equals(v.word(k))) {
        return chained;
      }
      Range appositive = AppositiveSpeakers.left(v, k, limit);
      if (appositive == null && k - 1 >= limit && parenthesisBefore(v, k - 1, limit) >= 0) {
        return nounPhraseLeft(v, k - 1, limit); // "Gov. John Kasich (R-OH), said": the comma is stray
      }
      return appositive;
    }
    int p = TimeAdjuncts.start(v, k, limit) - 1; // "veterans interviewed this week said"
    boolean participle = p >= limit && ("VBN".equals(v.pos(p)) || "VBD".equals(v.pos(p)) && p < k); // VBD: a tag slip
    if (participle && SURVEYED.contains(v.lower(p)) && p - 1 >= limit && isHead(v, p - 1)) {
      Range r = nounPhraseLeft(v, p - 1, limit); // "voters polled said": the participle belongs to the source
      return r == null ? null : new Range(r.start(), k + 1);
    }
    return SpeakerLists.widen(v, nounPhraseLeft(v, k, limit), limit);
  }

  private static final Set<String> PARTITIVES = Set.of(
      "many", "some", "all", "most", "none", "both", "several", "few", "each", "one", "half", "neither", "either");

  /** Adverbs after a noun that narrow it, not the verb: "Activists here", "Latino voters overall". */
  private static final Set<String> PLACE_ADVERBS = Set.of(
      "here", "there", "overall", "nationwide", "statewide", "nationally", "locally", "abroad", "alike");
  private static final Set<String> SURVEYED = Set.of("polled", "surveyed", "interviewed", "questioned", "sampled");

  /** The opening comma of ", on TV or at rallies," closed by the comma at {@code k}, or -1. */
  private static int adjunctOpen(TokenView v, int k, int limit) {
    if (k - 3 < limit || !",".equals(v.word(k))) {
      return -1;
    }
    for (int open = k - 2; open > limit && open > k - 12; open--) {
      if (",".equals(v.word(open))) {
        return "IN".equals(v.pos(open + 1)) && !"of".equals(v.lower(open + 1)) ? open : -1;
      }
      if (v.isFinite(open) || v.isMark(open)) {
        return -1;
      }
    }
    return -1;
  }

  static Range nounPhraseLeft(TokenView v, int last, int limit) {
    int open = parenthesisBefore(v, last, limit);
    if (open >= 0) { // "Sen. Roy Blunt (R-Mo.)": the party and state belong to the name
      Range name = nounPhraseLeft(v, open - 1, limit);
      return name == null || !hasProperNoun(v, name) ? null : new Range(name.start(), last + 1);
    }
    Range share = CountedSubjects.share(v, last, limit);
    if (share != null) {
      return share;
    }
    Range parent = CountedSubjects.parentOf(v, last, limit);
    if (parent != null) {
      return parent;
    }
    if (last >= limit && isBareQuantifier(v, last, limit)) {
      return new Range(last, last + 1); // "while another says", "Several said", "Last month, 43 said"
    }
    if (last < limit || !isHead(v, last)) {
      return null;
    }
    if (OBJECT_PRONOUNS.contains(v.lower(last)) && !"it".equals(v.lower(last)) && !"you".equals(v.lower(last))) {
      int head = PostModifiers.headBefore(v, last, last, limit); // "a source close to him"
      return head < last ? new Range(head, last + 1) : CountedSubjects.partitive(v, last, limit);
    }
    int s = last;
    while (s - 1 >= limit && (isNpToken(v, s - 1) || isLink(v, s - 1, limit) || isDegree(v, s - 1)
        || modifiesAdjective(v, s - 1, limit))) {
      s--;
    }
    while (s < last && !startsNp(v, s)) {
      s++;
    }
    s = PostModifiers.headBefore(v, s, last, limit);
    if (s - 1 >= limit && CORRELATIVES.contains(v.lower(s - 1)) && coordinated(v, s, last)) {
      s--; // "Neither Lowe nor Park"
    }
    if (last > s && SUBJECT_PRONOUNS.contains(v.lower(last))) {
      s = last; // "the increase he seeks": the pronoun is the subject of a relative clause
    }
    for (int d = last; d > s; d--) {
      if (ARTICLES.contains(v.lower(d)) && ("NN".equals(v.pos(d - 1)) || "NNS".equals(v.pos(d - 1)))
          && !hasProperNoun(v, new Range(d, last + 1))) {
        s = d; // "a probe the agency said was …": a common noun before an article ends the phrase before it
        break;
      }
    }
    return new Range(s, last + 1);
  }

  private static boolean coordinated(TokenView v, int s, int last) {
    for (int i = s + 1; i < last; i++) {
      if ("nor".equals(v.lower(i)) || "or".equals(v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CORRELATIVES = Set.of("neither", "either");

  /** A quantifier or count standing alone for people: "some", "another", "43" (not a year) after no other noun word. */
  private static boolean isBareQuantifier(TokenView v, int i, int limit) {
    String w = v.lower(i);
    boolean alone = i == limit || !isNpToken(v, i - 1) && !isDegree(v, i - 1)
        && (!v.pos(i - 1).startsWith("IN") || SUBORDINATORS.contains(v.lower(i - 1)));
    boolean count = "CD".equals(v.pos(i)) && !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")));
    return alone && (QUANTIFIERS.contains(w) || count) && v.in(i + 1)
        && (v.pos(i + 1).startsWith("VB") || "MD".equals(v.pos(i + 1)));
  }

  private static final Set<String> SUBORDINATORS = Set.of(
      "while", "whereas", "because", "although", "though", "as", "if", "since", "that");
  static final Set<String> QUANTIFIERS = Set.of(
      "another", "some", "many", "several", "few", "most", "all", "both", "one", "none", "half", "each", "either",
      "neither", "others", "much");

  /** A noun phrase starting at {@code from} (inverted "said X"), extended over an appositive to the clause end. */
  static Range right(TokenView v, int from, int limit) {
    int e = from;
    while (e < limit && (isNpToken(v, e) || InvertedSources.opens(v, e, from, limit)
        || InvertedSources.isLink(v, e, from, limit)
        || e > from && isLink(v, e, from) && Modifiers.skip(v, e, limit) == e)) { // not "in a statement"
      if (v.pos(e).startsWith("PRP") && e > from) {
        break;
      }
      e++;
    }
    while (e > from && !isHead(v, e - 1) && !InvertedSources.isNameHead(v, e - 1, from, limit)) {
      e--;
    }
    if (e == from) {
      return null;
    }
    e = PostModifiers.after(v, e, limit); // "said a source involved in the talks"
    e = InvertedSources.afterParenthesis(v, e, limit); // "said Sen. Bob Hale (D-Ore.)"
    if (InvertedSources.speaksAgain(v, e, limit)) {
      return new Range(from, e); // "said Weaver, who said …": the relative clause is an attribution of its own
    }
    int aside = InvertedSources.asideBeforeVerb(v, e, limit);
    if (aside > 0) {
      return new Range(from, aside + 1); // "says Carl Anthony, historian at the library, is that …": with its comma
    }
    if (e + 2 < limit && ",".equals(v.word(e)) && (v.isFinite(e + 1) || "VBN".equals(v.pos(e + 1))
        || "VBG".equals(v.pos(e + 1)) && !v.pos(e + 2).startsWith("NN"))) { // not ", managing director of …"
      return new Range(from, e); // "said Ann Lee, referring to …", "said Ann Lee, asked about …"
    }
    if (e + 1 < limit && ",".equals(v.word(e)) && startsNp(v, e + 1) && !v.pos(e + 1).startsWith("PRP")
        && !SUBORDINATORS.contains(v.lower(e + 1)) && !"but".equals(v.lower(e + 1)) // ", though he added that …"
        && (!v.pos(e + 1).startsWith("VB") && !"MD".equals(v.pos(e + 1)) || nominalParticiple(v, e + 1, limit))) {
      // not "…, said X, would be clear" nor "said X, referring to …": the participle is the speaker's next act
      int end = e + 1;
      while (end < limit && !v.isSentencePunct(end) && !v.isMark(end)
          && !(",".equals(v.word(end)) && end + 1 < limit && "VBG".equals(v.pos(end + 1)))
          && !InvertedSources.speaksAgain(v, end, limit)) { // "said X, the strategist, who added …"
        end++; // up to ", referring to …": the participle is the speaker's next act, not the speaker
      }
      if (InvertedSources.speaksAgain(v, end, limit)) {
        return new Range(from, end + 1); // the appositive keeps its closing comma, as before a cue
      }
      while (end > e && (v.isPunct(end - 1))) {
        end--;
      }
      boolean participle = end + 1 < limit && ",".equals(v.word(end)) && "VBG".equals(v.pos(end + 1));
      return new Range(from, participle ? end + 1 : end); // PolNeAR keeps the comma before ", citing …"
    }
    return new Range(from, e);
  }

  /** "managing director": a participle opening a noun phrase, not the speaker's next act ("referring to …"). */
  private static boolean nominalParticiple(TokenView v, int i, int limit) {
    return "VBG".equals(v.pos(i)) && i + 1 < limit && v.pos(i + 1).startsWith("NN");
  }

  /** The index of "(" when {@code last} closes a short parenthesis after a word, else -1. */
  private static int parenthesisBefore(TokenView v, int last, int limit) {
    if (last < limit || !")".equals(v.word(last)) && !"-RRB-".equals(v.word(last))) {
      return -1;
    }
    for (int k = last - 1; k > limit && k >= last - 15; k--) { // "Kasich (who has 25 delegates to date)"
      String w = v.word(k);
      if ("(".equals(w) || "-LRB-".equals(w)) {
        return k - 1 >= limit && k + 1 < last ? k : -1;
      }
    }
    return -1;
  }

  /** "a visibly emotional Lee": an -ly adverb between a determiner and an adjective. */
  private static boolean modifiesAdjective(TokenView v, int i, int limit) {
    return "RB".equals(v.pos(i)) && v.lower(i).endsWith("ly") && v.in(i + 1) && v.pos(i + 1).startsWith("JJ")
        && i - 1 >= limit && "DT".equals(v.pos(i - 1));
  }

  static boolean hasProperNoun(TokenView v, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (v.pos(i).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  static boolean isHead(TokenView v, int i) {
    String p = v.pos(i);
    return p.startsWith("NN") || "PRP".equals(p) || "CD".equals(p) && i > 0 && v.pos(i - 1).startsWith("DT")
        || isCountedName(v, i)
        || "CD".equals(p) && i > 1 && isLink(v, i - 1, i - 2) && "CD".equals(v.pos(i - 2)) // "six in 10"
        || isMistaggedName(v, i) || "VBN".equals(p) && i > 0 && "those".equals(v.lower(i - 1)) // "those surveyed"
        || "CD".equals(p) && v.lower(i).matches("(19|20)\\d\\d") && i > 1 && "from".equals(v.lower(i - 1))
        && v.pos(i - 2).startsWith("NN"); // "a study from 2011"
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

  /** "has", "will" before a cue; not "Will" tagged as a name ("Will Hurd said"). */
  private static boolean isAuxiliary(TokenView v, int k) {
    return AUXILIARIES.contains(v.lower(k)) && !"NNP".equals(v.pos(k));
  }

  private static boolean isAtLeast(TokenView v, int i) {
    return "at".equals(v.lower(i)) && i + 1 < v.size() && "least".equals(v.lower(i + 1));
  }

  private static boolean startsNp(TokenView v, int i) {
    String p = v.pos(i);
    boolean opener = v.sentenceStart(i) == i && Character.isUpperCase(v.word(i).charAt(0)); // "Retired judge X"
    return !"POS".equals(p) && !"HYPH".equals(p) && (!"VBN".equals(p) || opener) && !"/".equals(v.word(i))
        && (!LINKS.contains(v.lower(i)) || isAtLeast(v, i));
  }

  private static boolean isNpToken(TokenView v, int i) {
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
    if ("well".equals(v.lower(i)) && i + 2 < v.size() && "HYPH".equals(v.pos(i + 1))) {
      return true; // "one well-connected Democrat"
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
          || "IN".equals(v.pos(i - 1)) && LINKS.contains(v.lower(i - 1))); // "52 percent of registered voters"
    }
    return NP_TAGS.contains(p);
  }

  static boolean isSpacedHyphen(TokenView v, int i) {
    return "-".equals(v.word(i)) && i > 0 && i + 1 < v.size() && v.tok(i - 1).end() < v.tok(i).start()
        && v.tok(i).end() < v.tok(i + 1).start();
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
    if ("least".equals(w) && next.startsWith("CD") || isAtLeast(v, i)) {
      return true; // "at least four senators"
    }
    boolean focus = FOCUS.contains(w) || "even".equals(w) && i > 0 && COORDINATORS.contains(v.lower(i - 1));
    if (focus && (next.startsWith("DT") || next.startsWith("CD") || next.startsWith("NN")
        || next.startsWith("JJ") || next.startsWith("PRP$") || "about".equals(v.lower(i + 1)))) {
      return true; // "only about 4 in 10", "almost everyone", "X and even Y" (a first "even" is left out, 46 to 8)
    }
    return DEGREE.contains(w)
        && (next.startsWith("CD") || "than".equals(v.lower(i + 1)) || "half".equals(v.lower(i + 1)));
  }

  private static final Set<String> FOCUS = Set.of("only", "almost");
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
  static final Set<String> DEGREE = Set.of(
      "more", "fewer", "less", "nearly", "almost", "about", "roughly", "over", "just", "only", "some");

  /** "of", "for", "and" between two noun-phrase tokens: "a spokesman for the State Department". */
  private static boolean isLink(TokenView v, int i, int limit) {
    String w = v.lower(i);
    boolean counted = ("in".equals(w) || "of".equals(w)) && i - 1 >= limit && "CD".equals(v.pos(i - 1)); // "four in 10"
    boolean role = "to".equals(w) && i - 1 >= limit // "an adviser to Bill Clinton"
        && SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(i - 1)));
    boolean part = "of".equals(w) && i - 1 >= limit && QUANTIFIERS.contains(v.lower(i - 1)); // "some of the allies"
    boolean pronoun = "and".equals(w) && i - 1 >= limit && SUBJECT_PRONOUNS.contains(v.lower(i - 1))
        && (i - 2 < limit || !isNpToken(v, i - 2)); // "She and her aides"
    boolean adjectives = ("and".equals(w) || "or".equals(w)) && i - 1 >= limit && "JJ".equals(v.pos(i - 1))
        && i + 2 < v.size() && (v.pos(i + 1).startsWith("JJ") || "NNP".equals(v.pos(i + 1))); // "civic and Muslim"
    return (LINKS.contains(w) || role) && i - 1 >= limit && i + 1 < v.size()
        && (v.pos(i - 1).startsWith("NN") || counted || pronoun || part || adjectives)
        && (isNpToken(v, i + 1) || isDegree(v, i + 1)) && !"PRP".equals(v.pos(i + 1)) // "of nearly four years"
        && (!Modifiers.isTimeWord(v.lower(i + 1)) || i + 2 < v.size() && "POS".equals(v.pos(i + 2))) // "for Thursday's"
        && !v.isMark(i + 1);
  }
}

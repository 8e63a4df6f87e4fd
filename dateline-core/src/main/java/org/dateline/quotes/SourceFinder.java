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
  static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
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
        && (Vocabulary.QUANTIFIERS.contains(v.lower(k - 2)) || "CD".equals(v.pos(k - 2)))) {
      return new Range(k - 2, k + 1); // "many of whom say", "two of which show"
    }
    if (RELATIVES.contains(v.lower(k)) && (v.pos(k).startsWith("W") || "who".equals(v.lower(k)))) {
      return new Range(k, k + 1);
    }
    if (v.isMark(k) && k - 1 > limit && ",".equals(v.word(k - 1))) {
      return AppositiveSpeakers.left(v, k, limit); // "Ann Lee, the author of "Harbor Lights," said"
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
    p = surveyedBefore(v, p, limit); // "workers interviewed outside the plant said"
    boolean participle = p >= limit && ("VBN".equals(v.pos(p)) || "VBD".equals(v.pos(p)) && p < k); // VBD: a tag slip
    if (participle && SURVEYED.contains(v.lower(p)) && p - 1 >= limit && NpTokens.isHead(v, p - 1)) {
      Range r = nounPhraseLeft(v, p - 1, limit); // "voters polled said": the participle belongs to the source
      return r == null ? null : new Range(r.start(), k + 1);
    }
    Range np = nameAfterPhrase(v, nounPhraseLeft(v, k, limit), limit);
    if (np != null && k == cue - 1 && v.isFinite(cue)) { // not "to recruit pastors supporting/VBG Mr. Cruz"
      np = new Range(infinitiveHead(v, np.start(), limit), np.end());
    }
    if (np != null && k == cue - 1 && "VBG".equals(v.pos(cue))) {
      np = participleHost(v, np);
    }
    return SpeakerLists.widen(v, NpTokens.withoutMedium(v, np), limit);
  }

  /**
   * The noun a participle right after {@code np} modifies: the phrase after its last preposition ("their support
   * with recent polls showing", "in the wake of a new poll showing"); not after a count or group ("four in 10",
   * "a chorus of Democrats urging") or a role ("an adviser to his campaign acknowledging"). A phrase right after a
   * finite verb stays whole: {@link Subjects#ofParticiple} reads it as the verb's object.
   */
  private static Range participleHost(TokenView v, Range np) {
    if (np.start() > 0 && v.isFinite(np.start() - 1)) {
      return np;
    }
    for (int d = np.end() - 2; d > np.start(); d--) {
      String before = v.lower(d - 1);
      boolean kept = "CD".equals(v.pos(d - 1)) || Vocabulary.QUANTIFIERS.contains(before)
          || "of".equals(v.lower(d)) && (GROUPS.contains(before) || "NNP".equals(v.pos(d - 1))) // "Federation of"
          || SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(before));
      if ("IN".equals(v.pos(d)) && !kept) {
        int s = d + 1;
        while (s < np.end() - 1 && !NpTokens.startsNp(v, s)) {
          s++;
        }
        return new Range(s, np.end());
      }
    }
    return np;
  }

  /** Nouns for a group or share of people, after which "of" names the members: "a chorus of Democrats". */
  private static final Set<String> GROUPS = Set.of("army", "array", "band", "chorus", "coalition", "constellation",
      "crowd", "family", "group", "handful", "host", "majority", "minority", "number", "percent", "share", "slate",
      "staff", "team", "wave", "dozens", "hundreds", "thousands", "millions", "campaign", "crop", "series", "string");

  /**
   * "In an interview Reyes said", "At the moment Reyes learned": after a preposition, a common noun that names no
   * role and then a name ending {@code np} are the preposition's object and the subject, with no comma between;
   * the name is the speaker.
   */
  private static Range nameAfterPhrase(TokenView v, Range np, int limit) {
    if (np == null || np.start() - 1 < limit || !"IN".equals(v.pos(np.start() - 1))) {
      return np;
    }
    int name = np.end();
    while (name - 1 > np.start() && "NNP".equals(v.pos(name - 1))) {
      name--;
    }
    String noun = v.lower(name - 1);
    boolean common = v.pos(name - 1).startsWith("NN") && Character.isLowerCase(v.word(name - 1).charAt(0))
        && !SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(noun)); // not "For former governor Jeb Bush"
    return name < np.end() && name > np.start() && common ? new Range(name, np.end()) : np;
  }

  /**
   * The survey participle before a prepositional phrase ending at {@code k} ("interviewed outside the plant",
   * "surveyed in the CBS poll"), else {@code k}.
   */
  private static int surveyedBefore(TokenView v, int k, int limit) {
    for (int j = k - 1; j > limit && j >= k - 10; j--) {
      if (SURVEYED.contains(v.lower(j)) && v.pos(j).startsWith("VB")) {
        boolean phrase = "IN".equals(v.pos(j + 1)) || Modifiers.isTimeWord(v.lower(j + 1)); // "published Wednesday in"
        return phrase && j + 1 < k ? j : k;
      }
      if (!NpTokens.isNpToken(v, j) && !"IN".equals(v.pos(j))) {
        return k;
      }
    }
    return k;
  }

  /** Adverbs after a noun that narrow it, not the verb: "Activists here", "Latino voters overall". */
  private static final Set<String> PLACE_ADVERBS = Set.of(
      "here", "there", "overall", "nationwide", "statewide", "nationally", "locally", "abroad", "alike");
  private static final Set<String> SURVEYED = Set.of("polled", "surveyed", "interviewed", "questioned", "sampled",
      "released", "issued", "published", "conducted", "unveiled"); // "a poll released Wednesday found"

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
      return name == null || !NpTokens.hasProperNoun(v, name) ? null : new Range(name.start(), last + 1);
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
    if (last < limit || !NpTokens.isHead(v, last)) {
      return null;
    }
    if (OBJECT_PRONOUNS.contains(v.lower(last)) && !"it".equals(v.lower(last)) && !"you".equals(v.lower(last))) {
      int head = PostModifiers.headBefore(v, last, last, limit); // "a source close to him"
      return head < last ? new Range(head, last + 1) : CountedSubjects.partitive(v, last, limit);
    }
    int s = last;
    while (s - 1 >= limit) {
      int word = wordStart(v, s, limit); // a split word joins as a whole: "all-male"
      if (word < s) {
        s = word;
      } else if (NpTokens.isNpToken(v, s - 1) || NpTokens.isLink(v, s - 1, limit) || NpTokens.isDegree(v, s - 1)
          || NpTokens.modifiesAdjective(v, s - 1, limit)) {
        s--;
      } else {
        break;
      }
    }
    while (s < last && !NpTokens.startsNp(v, s)) {
      s++;
    }
    s = afterObjectTo(v, s, last, limit);
    s = afterVerbObject(v, s, last);
    s = PostModifiers.headBefore(v, s, last, limit);
    if (s - 1 >= limit && CORRELATIVES.contains(v.lower(s - 1)) && coordinated(v, s, last, v.lower(s - 1))) {
      s--; // "Neither Lowe nor Park", "both the candidate and her staff"
    }
    if (last > s && SUBJECT_PRONOUNS.contains(v.lower(last))) {
      s = last; // "the increase he seeks": the pronoun is the subject of a relative clause
    }
    for (int d = last; d > s; d--) {
      if (ARTICLES.contains(v.lower(d)) && ("NN".equals(v.pos(d - 1)) || "NNS".equals(v.pos(d - 1)))
          && !NpTokens.hasProperNoun(v, new Range(d, last + 1))) {
        s = d; // "a probe the agency said was …": a common noun before an article ends the phrase before it
        break;
      }
    }
    return new Range(wordStart(v, s, limit), last + 1);
  }

  /**
   * The first token of the word that token {@code s} ends, when the tokenizer split it without a space: "all-male",
   * "Best-selling", a name with mis-decoded letters ("PeÃ±a"). Brackets, quote marks and clause punctuation split.
   */
  private static int wordStart(TokenView v, int s, int limit) {
    while (glued(v, s - 1, limit) && (!"-".equals(v.word(s - 1)) || glued(v, s - 2, limit))) {
      s--; // a hyphen only between two parts: not the bullet of "-Nate Cohn explains"
    }
    return s;
  }

  /** Whether token {@code k} is a word part that touches the token after it. */
  private static boolean glued(TokenView v, int k, int limit) {
    return k >= limit && v.tok(k).end() == v.tok(k + 1).start() && !v.isMark(k)
        && !GLUE_BREAKS.contains(v.word(k)) && !v.word(k).endsWith(">");
  }

  private static final Set<String> GLUE_BREAKS = Set.of(",", ".", ";", ":", "(", ")", "[", "]", "-LRB-", "-RRB-",
      "!", "?", "—", "–", "--", "‘", "’", "'", "`", "/", "<", ">");

  /**
   * {@code s}, or the token after a "to" that follows a common noun ("a letter to members") when the phrase does not
   * open its clause: "paid $25 million to a group backing Rubio" is no "$25 million to a group".
   */
  private static int afterObjectTo(TokenView v, int s, int last, int limit) {
    if (opensClause(v, s, limit)) {
      return s;
    }
    for (int k = last - 1; k > s; k--) {
      if ("to".equals(v.lower(k)) && !SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(k - 1)))) {
        return k + 1;
      }
    }
    return s;
  }

  /**
   * The token after "and" when the words before it are a verb's object ("asked for a photo and Clinton said", "brand
   * you a liar and NBC News will"): the conjunction joins two clauses, and only the second subject speaks.
   */
  private static int afterVerbObject(TokenView v, int s, int last) {
    for (int c = last - 1; c > s; c--) {
      if ("and".equals(v.lower(c))) {
        int k = c - 1;
        while (k > 0 && (v.pos(k).startsWith("NN") || v.pos(k).startsWith("DT") || v.pos(k).startsWith("JJ"))) {
          k--;
        }
        String verb = k > 0 ? v.pos(k - 1) : "";
        boolean object = ("IN".equals(v.pos(k)) || "PRP".equals(v.pos(k))) && verb.startsWith("VB")
            && !"VBN".equals(verb) && v.sentenceStart(k) == v.sentenceStart(c); // not "groups aligned with X and Y"
        return object ? c + 1 : s;
      }
    }
    return s;
  }

  /**
   * The head before an infinitive that ends in the phrase at {@code s} ("Activists clamoring to block Trump say",
   * "The last man to mount a third-party race says"), when that head opens its clause; else {@code s}.
   */
  private static int infinitiveHead(TokenView v, int s, int limit) {
    if (s - 3 < limit || !"VB".equals(v.pos(s - 1)) || !"to".equals(v.lower(s - 2))
        || CAUSATIVES.contains(v.lemma(s - 1))) {
      return s; // not "came to hear Weld and Johnson speak": the object of a perception verb acts
    }
    int h = "VBG".equals(v.pos(s - 3)) ? s - 4 : s - 3;
    if (h < limit || !commonNoun(v, h) && !"NNPS".equals(v.pos(h))) {
      return s;
    }
    Range head = nounPhraseLeft(v, h, limit);
    if (head == null || head.end() != h + 1) {
      return s;
    }
    return opensClause(v, head.start(), limit) ? head.start() : s;
  }

  /** Whether a phrase starting at {@code i} opens its clause: first in it, or after a comma, "that" or a conjunction. */
  private static boolean opensClause(TokenView v, int i, int limit) {
    return i == limit || OPENERS.contains(v.lower(i - 1)) || v.pos(i - 1).startsWith("CC");
  }

  private static final Set<String> CAUSATIVES = Set.of("hear", "see", "watch", "let", "make", "help", "have");

  private static boolean commonNoun(TokenView v, int i) {
    return "NN".equals(v.pos(i)) || "NNS".equals(v.pos(i));
  }

  private static final Set<String> OPENERS = Set.of(",", ";", ":", "(", "that", "—", "--", "–");

  private static boolean coordinated(TokenView v, int s, int last, String correlative) {
    for (int i = s + 1; i < last; i++) {
      String w = v.lower(i);
      if ("both".equals(correlative) ? "and".equals(w) : "nor".equals(w) || "or".equals(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CORRELATIVES = Set.of("neither", "either", "both");

  /** A quantifier or count standing alone for people: "some", "another", "43" (not a year) after no other noun word. */
  private static boolean isBareQuantifier(TokenView v, int i, int limit) {
    String w = v.lower(i);
    boolean listed = i - 2 >= limit && "others".equals(v.lower(i)) // "Edwards and others said": the list speaks
        && ("and".equals(v.lower(i - 1)) || "or".equals(v.lower(i - 1))) && v.pos(i - 2).startsWith("NN");
    boolean alone = i == limit || !listed && !NpTokens.isNpToken(v, i - 1) && !NpTokens.isDegree(v, i - 1)
        && (!v.pos(i - 1).startsWith("IN") || isSubordinator(v.lower(i - 1)));
    boolean count = "CD".equals(v.pos(i)) && !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")));
    // "Some, including those at ING, said": the quantifier heads a listing appositive
    boolean listing = v.in(i + 2) && ",".equals(v.word(i + 1)) && "including".equals(v.lower(i + 2));
    return alone && (Vocabulary.QUANTIFIERS.contains(w) || count) && v.in(i + 1)
        && (v.pos(i + 1).startsWith("VB") || "MD".equals(v.pos(i + 1)) || listing);
  }

  /** A subordinator, or a complementizer "that". */
  static boolean isSubordinator(String w) {
    return Vocabulary.SUBORDINATORS.contains(w) || "that".equals(w);
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

  /** "has", "will" before a cue; not "Will" tagged as a name ("Will Hurd said"). */
  private static boolean isAuxiliary(TokenView v, int k) {
    return AUXILIARIES.contains(v.lower(k)) && !"NNP".equals(v.pos(k));
  }

}

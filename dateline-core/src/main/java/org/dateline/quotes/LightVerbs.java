package org.dateline.quotes;

import java.util.Set;

/**
 * Light verbs whose object names the speech act: {@code made the case that …}, {@code made it clear that …},
 * {@code took a shot at X}, {@code raised questions about X}, {@code expressed confidence that …}. The verb, the noun
 * and its preposition are the cue; the clause or noun phrase after them the content; the verb's subject the source.
 */
final class LightVerbs {
  private LightVerbs() {}

  private static final Set<String> VERBS = Set.of(
      "make", "take", "give", "express", "voice", "raise", "offer", "deliver", "sound", "pose", "lodge", "level",
      "register", "air", "continue", "renew", "repeat", "reiterate", "step", "share", "tout", "launch", "intensify");
  private static final Set<String> NOUNS = Set.of(
      "point", "case", "argument", "observation", "claim", "claims", "allegation", "allegations", "accusation",
      "accusations", "promise", "pledge", "vow", "warning", "prediction", "concern", "concerns", "confidence",
      "doubt", "doubts", "question", "questions", "shot", "shots", "swipe", "swipes", "jab", "jabs", "dig", "digs",
      "aim", "objection", "objections", "complaint", "complaints", "reference", "mention", "appeal", "plea",
      "defense", "apology", "apologies", "condolences", "optimism", "skepticism", "frustration", "dismay", "outrage",
      "anger", "disappointment", "sympathy", "hope", "hopes", "fear", "fears", "note", "assurance", "assurances",
      "misgivings", "reservations", "support", "opposition", "displeasure", "regret", "regrets", "gratitude",
      "thoughts", "comment", "comments", "statement", "statements", "call", "suggestion", "commitment", "defenses",
      "retort", "wish", "alarm", "credit", "issue", "swing", "whack", "stand", "endorsement", "attack", "attacks",
      "assault", "criticism", "criticisms", "critique", "message", "preview", "forecast", "testimony", "praise",
      "rebuke", "zeal", "push", "crusade", "campaign");
  private static final Set<String> PREPOSITIONS = Set.of(
      "about", "at", "on", "over", "for", "against", "of", "to", "with");
  private static final Set<String> CLEAR = Set.of("clear", "plain", "known");

  /** Whether token {@code i} is such a verb followed by its speech-act object and a preposition or "that". */
  static boolean isCue(TokenView v, int i) {
    return v.pos(i).startsWith("VB") && VERBS.contains(v.lemma(i)) && objectEnd(v, i) > 0;
  }

  /** The attribution at {@code i} (see {@link #isCue}), or null without a source or content. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int cueEnd = objectEnd(v, i);
    int lim = v.sentenceStart(i);
    SourceFinder.Range src;
    if ("VBG".equals(v.pos(i))) { // ", making the case that …" speaks for the subject; "spent weeks taking" not
      src = i > lim && IndirectSpeech.isParticipleCue(v, i) ? Subjects.ofSentence(v, lim, i) : null;
    } else {
      src = SourceFinder.left(v, i, lim);
      src = src != null ? src : Subjects.coordinated(v, i, lim);
    }
    int end = v.sentenceEnd(i);
    if (src == null || cueEnd >= end) {
      return null;
    }
    int s = cueEnd;
    if ("to".equals(v.lower(cueEnd - 1))) { // "made the case to party leaders that …": the listeners stand between
      int that = Modifiers.thatAhead(v, cueEnd, end);
      s = that > cueEnd ? that : s;
      cueEnd = that > cueEnd ? cueEnd - 1 : cueEnd;
    }
    boolean clause = "that".equals(v.lower(s));
    int e = clause ? ContentEnds.of(v, end, i) : adjunctFree(v, s, ContentEnds.of(v, end, s - 1));
    Attribution at = new Attribution().cue(i, cueEnd).source(src);
    IndirectSpeech.add(v, at, s, e, used);
    return at.content.isEmpty() ? null : at;
  }

  /** The end of the object phrase {@code [s, e)} before a closing time or medium ("the NRA in February"). */
  private static int adjunctFree(TokenView v, int s, int e) {
    for (int k = s + 1; k < e; k++) {
      if (ADJUNCT_OPENERS.contains(v.lower(k))) {
        int after = Modifiers.skip(v, k, e);
        if (after > k && (after == e || v.isSentencePunct(after))) {
          return k;
        }
      }
    }
    return e;
  }

  private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "during", "at", "last", "this");

  /**
   * The index after the cue's last token ("made the case" before "that", "took a shot at" before the target), or
   * -1 when the words after the verb at {@code i} are no speech-act object.
   */
  private static int objectEnd(TokenView v, int i) {
    int k = i + 1;
    if (v.in(k + 1) && "up".equals(v.lower(k)) && "RP".equals(v.pos(k))) {
      k++; // "stepped up his attacks on"
    }
    if (v.in(k + 1) && "it".equals(v.lower(k)) && CLEAR.contains(v.lower(k + 1))) {
      k++; // "made it clear that"
    }
    if (v.in(k + 1) && CLEAR.contains(v.lower(k))) {
      return "that".equals(v.lower(k + 1)) ? k + 1 : -1;
    }
    int n = k;
    while (v.in(n) && n < k + 4 && (v.pos(n).startsWith("DT") || v.pos(n).startsWith("JJ")
        || "PRP$".equals(v.pos(n)) || "CD".equals(v.pos(n)))) {
      n++;
    }
    if (!v.in(n + 1) || !NOUNS.contains(v.lower(n)) || !v.pos(n).startsWith("NN")) {
      return -1;
    }
    String next = v.lower(n + 1);
    return "that".equals(next) ? n + 1 : PREPOSITIONS.contains(next) ? n + 2 : -1;
  }
}

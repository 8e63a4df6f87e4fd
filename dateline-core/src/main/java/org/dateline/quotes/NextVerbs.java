package org.dateline.quotes;

import java.util.Set;

/**
 * The verb after a conjunction inside reported content, read to decide whether the content goes on or the source's
 * next act begins: "said the plan works and added …", "… and called/VBN for …", "… and he also accused …".
 */
final class NextVerbs {
  private NextVerbs() {}

  /**
   * A finite verb at {@code s}, after adverbs, in the tense of the finite cue at {@code cue} (a past cue verb
   * however tagged).
   */
  static boolean sameTenseVerb(TokenView v, int cue, int s, int end) {
    int k = afterAdverbs(v, s, end);
    return k < end && v.isFinite(cue) && !"MD".equals(v.pos(k)) && (v.pos(k).equals(v.pos(cue))
        || "VBD".equals(v.pos(cue)) && "VBN".equals(v.pos(k)) && CueLexicon.isCueVerb(v, k)); // "called/VBN for"
  }

  /** A finite verb at {@code s}, after adverbs: "would not", "has", "called". */
  static boolean finiteAt(TokenView v, int s, int end) {
    int k = afterAdverbs(v, s, end);
    return k < end && (v.isFinite(k) || cueParticiple(v, -1, k, end));
  }

  /** The first token at or after {@code s} that is no adverb, or {@code end}. */
  private static int afterAdverbs(TokenView v, int s, int end) {
    int k = s;
    while (k < end && "RB".equals(v.pos(k))) {
      k++;
    }
    return k;
  }

  /** "… and called/VBN for …": a cue verb the tagger read as a participle after "and", not a passive one. */
  static boolean cueParticiple(TokenView v, int cue, int k, int end) {
    return "VBN".equals(v.pos(k)) && "and".equals(v.lower(k - 1)) && !(k + 1 < end && "by".equals(v.lower(k + 1)))
        && CueLexicon.isCueVerb(v, k) && (cue < 0 || !passiveBefore(v, cue, k - 1));
  }

  private static final Set<String> BE = Set.of("be", "been", "being", "was", "were", "is", "are");

  /** "said the suspect had been arrested … and charged/VBN": a passive the participle after "and" continues. */
  private static boolean passiveBefore(TokenView v, int cue, int and) {
    for (int j = cue + 2; j < and; j++) {
      if ("VBN".equals(v.pos(j)) && (BE.contains(v.lower(j - 1)) || BE.contains(v.lower(j - 2)))) {
        return true;
      }
    }
    return false;
  }

  /** "he also accused", "she reiterated": a third-person subject pronoun at {@code s}, then a verb of saying. */
  static boolean sourceSpeaksAgain(TokenView v, int s, int end) {
    if (s >= end || !Vocabulary.THIRD_PERSON.contains(v.lower(s))) {
      return false;
    }
    int k = s + 1;
    while (k < end && k < s + 3 && "RB".equals(v.pos(k))) {
      k++;
    }
    return k < end && v.isFinite(k) && CueLexicon.isSpeechCue(v, k);
  }
}

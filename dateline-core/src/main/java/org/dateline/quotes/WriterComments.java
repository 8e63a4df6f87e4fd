package org.dateline.quotes;

import java.util.Set;

/**
 * The writer's comment on a reported clause, set off by a comma: "…, a claim not recognized internationally",
 * "…, a move that could split the party". It names the whole claim, so the content ends before it.
 */
final class WriterComments {
  private WriterComments() {}

  /** Nouns that sum up a statement or a figure rather than name a thing in it. */
  private static final Set<String> SUMMARIES = Set.of("claim", "swipe", "move", "tactic", "approach", "step",
      "reference", "sentiment", "acknowledgment", "acknowledgement", "charge", "dig", "jab", "nod", "rebuke",
      "signal", "sign", "departure", "reversal", "concession", "admission", "indication", "allegation", "assertion",
      "remark", "comment", "gesture", "shift", "contrast", "increase", "decrease", "drop", "rise", "jump", "gain",
      "margin", "development", "accusation", "warning", "threat", "message", "hint", "echo", "retort", "rebuttal",
      "view", "assessment", "characterization", "description", "prediction");

  /**
   * Whether a comment opens at {@code s} (after the comma): an article, at most three modifiers and a summing
   * noun that is not the subject of a verb right after it.
   */
  static boolean at(TokenView v, int s, int sentenceEnd) {
    String article = v.lower(s);
    if (!"a".equals(article) && !"an".equals(article)) {
      return false;
    }
    for (int n = s + 1; n < sentenceEnd && n <= s + 4; n++) {
      if (SUMMARIES.contains(v.lemma(n).toLowerCase()) && v.pos(n).startsWith("NN")) {
        return !clauseAfter(v, n + 1, sentenceEnd);
      }
      if (!v.pos(n).startsWith("JJ") && !v.pos(n).startsWith("NN") && !"CD".equals(v.pos(n))
          && !"HYPH".equals(v.pos(n)) && !"RB".equals(v.pos(n))) {
        return false;
      }
    }
    return false;
  }

  /** A finite verb right after the noun, adverbs aside: the phrase is a subject ("a claim is …"), no comment. */
  private static boolean clauseAfter(TokenView v, int s, int end) {
    int k = s;
    while (k < end && "RB".equals(v.pos(k))) {
      k++;
    }
    return k < end && v.isFinite(k);
  }
}

package org.dateline.quotes;

import java.util.Set;

/**
 * The writer's comment on a reported clause, set off by a comma: "…, a claim not recognized internationally",
 * "…, a move that could split the party", "…, drawing loud cheers", "…, without giving details". It is about the
 * whole claim, so the content ends before it.
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

  /** "…, drawing loud cheers": participles of what a statement caused, which the writer reports. */
  private static final Set<String> RESULTS = Set.of("drawing", "prompting", "sparking", "triggering", "eliciting",
      "provoking", "earning");

  /** "…, without giving details": participles of a writer's note on what the source left out. */
  private static final Set<String> DETAILING = Set.of("giving", "offering", "providing", "elaborating", "citing",
      "explaining", "saying", "specifying", "disclosing", "identifying", "naming", "presenting", "producing");

  /** ", drawing loud cheers", ", without giving details": a participle of the writer's note at {@code i}. */
  static boolean participleAt(TokenView v, int i, int end) {
    return i < end && (RESULTS.contains(v.lower(i))
        || "without".equals(v.lower(i)) && i + 1 < end && DETAILING.contains(v.lower(i + 1)));
  }
}

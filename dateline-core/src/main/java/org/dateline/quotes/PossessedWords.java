package org.dateline.quotes;

import java.util.Set;

/**
 * A possessor's words before a colon and a quote: {@code Ruiz's message was simple: "…"}, {@code His answer: "…"},
 * {@code Her reply was blunt: "…"}. The possessor is the source, the words from the noun to the colon the cue.
 */
final class PossessedWords {
  private PossessedWords() {}

  private static final Set<String> NOUNS = Set.of(
      "message", "answer", "reply", "response", "advice", "verdict", "words", "word", "retort", "warning", "plea",
      "argument", "explanation", "assessment", "view", "take", "conclusion", "prediction", "promise", "pitch",
      "demand", "request", "question", "comment", "comments", "statement", "tweet", "post", "slogan", "motto");

  /** The attribution whose colon follows token {@code k}, or null when no possessed speech noun leads to it. */
  static Attribution before(TokenView v, int k, int lim) {
    for (int n = k; n >= lim && n >= k - 4; n--) {
      if (NOUNS.contains(v.lower(n)) && v.pos(n).startsWith("NN") && n - 1 >= lim && copulaOrNothing(v, n + 1, k)) {
        SourceFinder.Range src = possessor(v, n - 1, lim);
        return src == null ? null : new Attribution().cue(n, k + 2).source(src);
      }
    }
    return null;
  }

  /** Tokens {@code [s, k]} are nothing, or a form of "be" with at most two adverbs or adjectives. */
  private static boolean copulaOrNothing(TokenView v, int s, int k) {
    if (s > k) {
      return true;
    }
    if (!"be".equals(v.lemma(s)) || k - s > 2) {
      return false;
    }
    for (int i = s + 1; i <= k; i++) {
      if (!v.pos(i).startsWith("JJ") && !v.pos(i).startsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  /** "His", "Ruiz's", "the minister's": the possessor ending at {@code k} (with its "'s"), or null. */
  private static SourceFinder.Range possessor(TokenView v, int k, int lim) {
    if ("PRP$".equals(v.pos(k))) {
      return new SourceFinder.Range(k, k + 1);
    }
    if (!"POS".equals(v.pos(k)) || k - 1 < lim) {
      return null;
    }
    SourceFinder.Range owner = SourceFinder.nounPhraseLeft(v, k - 1, lim);
    return owner == null ? null : new SourceFinder.Range(owner.start(), k + 1);
  }
}

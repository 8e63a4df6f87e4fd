package org.dateline.quotes;

import java.util.Set;

/**
 * "Asked whether …, Clinton said", "when asked how …", "Asked on Fox News who leads …", "Asked by a reporter
 * whether …": the question is the content, up to the next comma. The answerer is the source of the following
 * attribution, not of this one; the asker named after "by" is this one's source.
 */
final class AskedClauses {
  private AskedClauses() {}

  private static final Set<String> OPENERS = Set.of("when", "after", "if", "once", "while", "and");
  private static final Set<String> QUESTIONS = Set.of(
      "if", "whether", "why", "how", "what", "when", "where", "who", "whom", "which");

  /** The attribution of the participle "asked" at {@code cue} with its question, or null. */
  static Attribution at(TokenView v, Attribution at, int cue, int lim, boolean[] used) {
    boolean opens = cue == lim || OPENERS.contains(v.lower(cue - 1));
    int end = v.sentenceEnd(cue);
    int s = cue + 1;
    while (v.in(s) && (v.pos(s).startsWith("RB") || "about".equals(v.lower(s)))) {
      s++;
    }
    int from = cue + 1;
    if (opens && v.in(s) && !QUESTIONS.contains(v.lower(s))) { // "Asked on Monday whether …", "Asked by X to …"
      int k = Modifiers.skip(v, s, end);
      if (k < end && "by".equals(v.lower(k))) {
        SourceFinder.Range asker = InvertedSources.speaker(v, k + 1, end);
        if (asker != null && asker.end() < end && !",".equals(v.word(asker.end()))) {
          at.source(asker);
          k = Modifiers.skip(v, asker.end(), end);
        }
      }
      boolean question = k < end && (QUESTIONS.contains(v.lower(k)) || "about".equals(v.lower(k))
          || "to".equals(v.lower(k)));
      if (k > s && question) {
        s = k;
        from = k;
      }
    }
    if (!opens || !v.in(s) || !QUESTIONS.contains(v.lower(s)) && from == cue + 1) {
      return null;
    }
    int e = s;
    while (e < end && !",".equals(v.word(e))) {
      e++;
    }
    IndirectSpeech.add(v, at, from, e, used);
    return at.content.isEmpty() ? null : at;
  }
}

package org.dateline.quotes;

import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * A naming verb in a relative clause: {@code what he called "our arguments"}, {@code which critics call
 * anti-gay}, {@code a campaign he calls "Confident America"}. The source is the clause's subject, the cue the
 * verb, the content two segments: the relative pronoun (or the noun it stands for) and the name given to it.
 */
final class NamingClauses {
  private NamingClauses() {}

  private static final Set<String> VERBS = Set.of("call", "dub", "label", "term", "brand", "nickname");
  private static final Set<String> RELATIVES = Set.of("what", "which", "that");
  private static final int MAX_NAME = 12;

  /** Whether token {@code i} is a finite naming verb. */
  static boolean isCue(TokenView v, int i) {
    String p = v.pos(i);
    return VERBS.contains(v.lemma(i)) && ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p))
        && v.in(i + 1) && !"for".equals(v.lower(i + 1)) && !"on".equals(v.lower(i + 1));
  }

  /** The attribution at {@code i} (see {@link #isCue}), or null when no relative clause frames it. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    SourceFinder.Range src = SourceFinder.left(v, i, lim);
    if (src == null || src.end() != i || src.end() - src.start() > 6 || src.start() - 1 <= lim) {
      return null;
    }
    int rel = src.start() - 1;
    boolean pronoun = RELATIVES.contains(v.lower(rel));
    boolean zero = "PRP".equals(v.pos(src.start())) && v.pos(rel).startsWith("NN"); // "a campaign he calls X"
    if (!pronoun && !zero || used[rel]) {
      return null;
    }
    int e = nameEnd(v, i + 1, v.sentenceEnd(i));
    if (e <= i + 1) {
      return null;
    }
    for (int k = i + 1; k < e; k++) {
      if (used[k]) {
        return null;
      }
    }
    Attribution at = new Attribution().cue(i, i + 1).source(src);
    at.add(v.tok(rel).start(), v.tok(rel).end(), QuoteType.INDIRECT);
    at.add(v.tok(i + 1).start(), v.tok(e - 1).end(), v.quoteOf(i + 1) >= 0 ? QuoteType.MIXED : QuoteType.INDIRECT);
    for (int k = i + 1; k < e; k++) {
      used[k] = true;
    }
    used[rel] = true;
    return at;
  }

  /** The name after the verb: a whole quote (marks included), else the words up to a comma or clause end. */
  private static int nameEnd(TokenView v, int s, int end) {
    int q = v.quoteOf(s);
    if (q >= 0 && v.isMark(s)) {
      int e = s + 1;
      while (e < end && v.quoteOf(e) == q) {
        e++;
      }
      return e;
    }
    int e = s;
    while (e < end && e - s < MAX_NAME && !v.isPunct(e) && !v.isMark(e) && !"VBD".equals(v.pos(e))
        && !"VBZ".equals(v.pos(e)) && !"MD".equals(v.pos(e))) {
      e++;
    }
    return e < end && e - s >= MAX_NAME ? s : e;
  }
}

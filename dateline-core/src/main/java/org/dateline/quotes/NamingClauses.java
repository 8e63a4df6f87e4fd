package org.dateline.quotes;

import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * A cue verb in a relative clause whose object is the relative pronoun: {@code what he called "our arguments"},
 * {@code which critics call anti-gay}, {@code which he describes as his second home}, {@code which he once
 * supported}, {@code a campaign he calls "Confident America"}. The source is the clause's subject, the cue the
 * verb, the content the relative pronoun (or the noun it stands for) and, after a naming verb or "as", the name.
 */
final class NamingClauses {
  private NamingClauses() {}

  private static final Set<String> NAMING = Set.of("call", "dub", "label", "term", "brand", "nickname");
  private static final Set<String> AS_VERBS = Set.of(
      "describe", "view", "see", "regard", "consider", "characterize", "portray", "claim", "cast", "tout", "hail",
      "praise", "criticize", "dismiss", "reject", "denounce", "condemn", "brand", "label");
  private static final Set<String> RELATIVES = Set.of("what", "which", "that", "who", "whom");
  private static final int MAX_NAME = 12;

  /** Whether token {@code i} is a finite naming or cue verb. */
  static boolean isCue(TokenView v, int i) {
    String p = v.pos(i);
    boolean finite = "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p)
        || "VB".equals(p) && i > 0 && "MD".equals(v.pos(i - 1));
    return finite && (NAMING.contains(v.lemma(i)) || CueLexicon.isCueVerb(v, i)) && v.in(i + 1)
        && !CueLexicon.isPhrasal(v.lemma(i), v.lower(i + 1));
  }

  /** The attribution at {@code i} (see {@link #isCue}), or null when no relative clause frames it. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    SourceFinder.Range src = SourceFinder.left(v, i, lim);
    if (src == null || src.end() - src.start() > 10 || src.start() - 1 <= lim || used[src.start() - 1]) {
      return null;
    }
    int rel = src.start() - 1;
    String r = v.lower(rel);
    boolean pronoun = RELATIVES.contains(r) && !v.pos(src.start()).startsWith("W")
        && (!"that".equals(r) || v.pos(rel - 1).startsWith("NN"));
    boolean zero = "PRP".equals(v.pos(src.start())) && v.pos(rel).startsWith("NN") && NAMING.contains(v.lemma(i));
    if (!pronoun && !zero) {
      return null;
    }
    int s = i + 1;
    int e = s;
    if (NAMING.contains(v.lemma(i)) || "as".equals(v.lower(s)) && AS_VERBS.contains(v.lemma(i))) {
      e = nameEnd(v, s, v.sentenceEnd(i));
      if (e <= s) {
        return null;
      }
    } else if (!(v.isPunct(s) && !v.isMark(s) || "IN".equals(v.pos(s)) && !"that".equals(v.lower(s))
        || "RB".equals(v.pos(s)) && !"not".equals(v.lower(s)))) {
      return null; // an object or a clause follows: not the relative pronoun's verb
    }
    for (int k = s; k < e; k++) {
      if (used[k]) {
        return null;
      }
    }
    Attribution at = new Attribution().cue(i, i + 1).source(src);
    at.add(v.tok(rel).start(), v.tok(rel).end(), QuoteType.INDIRECT);
    used[rel] = true;
    if (e > s) {
      at.add(v.tok(s).start(), v.tok(e - 1).end(), v.quoteOf(s) >= 0 ? QuoteType.MIXED : QuoteType.INDIRECT);
      for (int k = s; k < e; k++) {
        used[k] = true;
      }
    }
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
    if (e < end && v.isMark(e) && v.quoteOf(e) >= 0) { // "as “like an open orchid.”"
      int q2 = v.quoteOf(e);
      while (e < end && v.quoteOf(e) == q2) {
        e++;
      }
    }
    return e < end && e - s >= MAX_NAME ? s : e;
  }
}

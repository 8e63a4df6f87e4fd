package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * "El Diario quoted the agent, Marco Ruiz, as saying his client wants a change": the outlet's relation keeps the whole
 * content, as PolNeAR annotates it, and the one quoted speaks the words after "as saying" in a relation of his own.
 */
final class QuotedAs {
  private QuotedAs() {}

  /** The inner relations of the "quote X as saying Y" attributions among {@code all}. */
  static List<Attribution> find(TokenView v, List<Attribution> all) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : all) {
      if (!quoting(v, a)) {
        continue;
      }
      for (int k = 0; k < a.content.size(); k++) {
        int[] c = a.content.get(k);
        int s = v.tokenAtOrAfter(c[0]);
        for (int j = s + 1; j + 2 < v.size() && v.tok(j + 2).end() <= c[1]; j++) {
          if ("as".equals(v.lower(j)) && "saying".equals(v.lower(j + 1)) && v.quoteOf(j) < 0) {
            out.add(new Attribution().source(new SourceFinder.Range(s, j)).cue(j, j + 2)
                .add(v.tok(j + 2).start(), c[1], a.types.get(k)));
            break;
          }
        }
      }
    }
    return out;
  }

  /** A cue of quoting or citing: "quoted", "quoting", "was quoted … by". */
  private static boolean quoting(TokenView v, Attribution a) {
    for (int i = Math.max(0, a.cueStart); i < a.cueEnd; i++) {
      if ("quote".equals(v.lemma(i)) || "cite".equals(v.lemma(i))) {
        return true;
      }
    }
    return false;
  }
}

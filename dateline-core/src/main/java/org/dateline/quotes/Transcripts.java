package org.dateline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.QuoteType;

/**
 * Interview transcripts: paragraphs that open with a speaker's name in capitals and a colon ({@code TAPPER: Do you
 * think …}, also inside an excerpt's opening quote mark). The label is the source, the colon the cue, the rest of the
 * paragraph a direct quote. Only where labels alternate (three or more, two or more speakers, one speaking twice), so
 * that a headline's "UPDATE:" or "BYLINE:" is no speaker.
 */
final class Transcripts {
  private Transcripts() {}

  private static final int MAX_LABEL = 3;

  /** The transcript turns of the document, their tokens marked in {@code used}; empty when it has none. */
  static List<Attribution> find(TokenView v, boolean[] used) {
    List<int[]> labels = new ArrayList<>(); // {first label token, colon}
    for (int i = 0; i < v.size(); i++) {
      if (i == 0 || v.paragraph(i - 1) != v.paragraph(i)) {
        int s = v.isMark(i) ? i + 1 : i;
        int e = s;
        while (e < s + MAX_LABEL && v.in(e) && v.paragraph(e) == v.paragraph(i) && isCapitals(v.word(e))) {
          e++;
        }
        if (e > s && v.in(e + 1) && ":".equals(v.word(e)) && v.paragraph(e + 1) == v.paragraph(i)
            && !Headlines.PAGE_LABELS.contains(v.lower(s))) {
          labels.add(new int[] {s, e});
        }
      }
    }
    if (!alternates(v, labels)) {
      return List.of();
    }
    List<Attribution> turns = new ArrayList<>();
    for (int[] l : labels) {
      int first = l[1] + 1;
      int last = first;
      while (v.in(last + 1) && v.paragraph(last + 1) == v.paragraph(first)) {
        last++;
      }
      if (v.isMark(last) && last > first) {
        last--; // the excerpt's closing mark
      }
      Attribution at = new Attribution().cue(l[1], l[1] + 1).source(new SourceFinder.Range(l[0], l[1]));
      at.add(v.tok(first).start(), v.tok(last).end(), QuoteType.DIRECT);
      for (int k = l[0]; k <= last; k++) {
        used[k] = true;
      }
      turns.add(at);
    }
    return turns;
  }

  private static boolean alternates(TokenView v, List<int[]> labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (int[] l : labels) {
      counts.merge(v.text.substring(v.tok(l[0]).start(), v.tok(l[1] - 1).end()), 1, Integer::sum);
    }
    return labels.size() >= 3 && counts.size() >= 2 && counts.values().stream().anyMatch(n -> n >= 2);
  }

  private static boolean isCapitals(String w) {
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter && w.length() >= 2;
  }
}

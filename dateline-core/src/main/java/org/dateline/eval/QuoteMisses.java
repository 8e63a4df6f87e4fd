package org.dateline.eval;

import java.util.List;
import org.dateline.model.Quote;

/**
 * Diagnostics for tuning: the gold relations of an article's first annotator that the predictions do not match
 * exactly in every role, each beside the prediction that overlaps it most, and the predictions that overlap no
 * gold relation. One line per relation; flags name the roles that differ ({@code C}ontent, {@code S}ource,
 * c{@code U}e) or {@code MISS} / {@code EXTRA}.
 */
public final class QuoteMisses {
  private QuoteMisses() {}

  /** The report for one article (empty when everything matched). */
  public static String report(PolnearArticle gold, List<Quote> predicted) {
    String text = gold.text();
    List<PolnearRelation> pred = QuoteEval.relationsOf(text, predicted);
    boolean[] touched = new boolean[pred.size()];
    StringBuilder sb = new StringBuilder();
    for (PolnearRelation g : gold.annotations().get(0).relations()) {
      int best = -1;
      int most = 0;
      for (int p = 0; p < pred.size(); p++) {
        PolnearRelation r = pred.get(p);
        int o = QuoteEval.overlap(g.content(), r.content()) + QuoteEval.overlap(g.cue(), r.cue());
        if (o > most) {
          most = o;
          best = p;
        }
      }
      if (best < 0) {
        sb.append(gold.id()).append("\tMISS\t").append(show(text, g)).append('\n');
        continue;
      }
      touched[best] = true;
      StringBuilder flags = new StringBuilder();
      for (String role : QuoteEval.ROLES) {
        if (!QuoteEval.normalize(text, g.role(role)).equals(QuoteEval.normalize(text, pred.get(best).role(role)))) {
          flags.append("source".equals(role) ? 'S' : "cue".equals(role) ? 'U' : 'C');
        }
      }
      if (!flags.isEmpty()) {
        sb.append(gold.id()).append('\t').append(flags).append('\t').append(show(text, g)).append("\n\t\t")
            .append(show(text, pred.get(best))).append('\n');
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!touched[p]) {
        sb.append(gold.id()).append("\tEXTRA\t").append(show(text, pred.get(p))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String show(String text, PolnearRelation r) {
    return "source[" + words(text, r.source()) + "] cue[" + words(text, r.cue()) + "] content["
        + words(text, r.content()) + "]";
  }

  private static String words(String text, List<PolnearRelation.Segment> segs) {
    StringBuilder sb = new StringBuilder();
    for (PolnearRelation.Segment s : segs) {
      sb.append(sb.isEmpty() ? "" : " | ").append(text, s.start(), Math.min(s.end(), text.length()));
    }
    return sb.toString().replace('\n', ' ');
  }
}

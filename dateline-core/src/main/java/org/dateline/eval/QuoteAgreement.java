package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Inter-annotator agreement on PolNeAR: each annotator of an article with two or more annotation files is scored,
 * as if it were a prediction, against the others, with the metric of {@link QuoteEval}. The result is the human
 * ceiling for the system's figures; articles with one annotation file are skipped.
 */
public final class QuoteAgreement {
  private QuoteAgreement() {}

  /**
   * Agreement over {@code articles}; {@code articles()} and {@code relations()} of the result count the articles
   * scored and the relations in all their annotation files.
   */
  public static QuoteEvalResult of(List<PolnearArticle> articles) {
    QuoteEval eval = new QuoteEval();
    int scored = 0;
    int relations = 0;
    for (PolnearArticle a : articles) {
      List<PolnearArticle.Annotation> all = a.annotations();
      if (all.size() < 2) {
        continue;
      }
      scored++;
      relations += all.stream().mapToInt(an -> an.relations().size()).sum();
      for (PolnearArticle.Annotation one : all) {
        List<PolnearArticle.Annotation> others = new ArrayList<>(all);
        others.remove(one);
        eval.addRelations(new PolnearArticle(a.id(), a.text(), others), one.relations());
      }
    }
    QuoteEvalResult r = eval.result();
    return new QuoteEvalResult(scored, relations, r.exact(), r.overlap());
  }
}

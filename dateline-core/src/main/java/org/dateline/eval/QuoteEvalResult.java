package org.dateline.eval;

import java.util.Map;

/**
 * Scores of {@link QuoteEval}: per role (content, source, cue) precision, recall and F1 in percent, at exact-span
 * and at overlap match. {@code relations} counts gold relations over all annotation files.
 */
public record QuoteEvalResult(int articles, int relations, Map<String, Prf> exact, Map<String, Prf> overlap) {
  public QuoteEvalResult {
    exact = Map.copyOf(exact);
    overlap = Map.copyOf(overlap);
  }

  /** Precision, recall and F1 in percent. */
  public record Prf(double p, double r, double f1) {
    static Prf of(double tp, double fp, double fn) {
      double p = tp + fp == 0 ? 0 : 100 * tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : 100 * tp / (tp + fn);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Prf(round(p), round(r), round(f));
    }

    private static double round(double x) {
      return Math.round(x * 10) / 10.0;
    }
  }
}

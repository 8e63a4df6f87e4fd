package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.TextSpan;

/**
 * Scores extracted quotes against PolNeAR relations, role by role (content, source, cue). Spans are compared as
 * sets of characters: segments are trimmed of whitespace and segments separated only by whitespace are merged.
 * Exact match needs equal segments; overlap match needs one shared character (one-to-one, greedy). An article
 * with several annotators is scored against each and its counts averaged, so every article weighs the same.
 * Not thread-safe: one instance per run.
 */
public final class QuoteEval {
  /** The roles scored, in print order. */
  public static final List<String> ROLES = List.of("content", "source", "cue");

  private final double[][][] counts = new double[2][ROLES.size()][3]; // [exact|overlap][role][tp|fp|fn]
  private int articles;
  private int relations;

  /** Scores one article's predictions against all its annotators. */
  public void add(PolnearArticle gold, List<Quote> predicted) {
    addRelations(gold, relationsOf(gold.text(), predicted));
  }

  /** Scores one article's predicted relations, already in PolNeAR form, against all its annotators. */
  public void addRelations(PolnearArticle gold, List<PolnearRelation> pred) {
    double weight = 1.0 / gold.annotations().size();
    for (PolnearArticle.Annotation an : gold.annotations()) {
      relations += an.relations().size();
      for (int r = 0; r < ROLES.size(); r++) {
        List<List<PolnearRelation.Segment>> g = spans(gold.text(), an.relations(), ROLES.get(r));
        List<List<PolnearRelation.Segment>> p = spans(gold.text(), pred, ROLES.get(r));
        add(0, r, exactMatches(g, p), g.size(), p.size(), weight);
        add(1, r, overlapMatches(g, p), g.size(), p.size(), weight);
      }
    }
    articles++;
  }

  private void add(int mode, int role, int tp, int gold, int pred, double w) {
    counts[mode][role][0] += w * tp;
    counts[mode][role][1] += w * (pred - tp);
    counts[mode][role][2] += w * (gold - tp);
  }

  public QuoteEvalResult result() {
    Map<String, QuoteEvalResult.Prf> exact = new LinkedHashMap<>();
    Map<String, QuoteEvalResult.Prf> overlap = new LinkedHashMap<>();
    for (int r = 0; r < ROLES.size(); r++) {
      exact.put(ROLES.get(r), QuoteEvalResult.Prf.of(counts[0][r][0], counts[0][r][1], counts[0][r][2]));
      overlap.put(ROLES.get(r), QuoteEvalResult.Prf.of(counts[1][r][0], counts[1][r][1], counts[1][r][2]));
    }
    return new QuoteEvalResult(articles, relations, exact, overlap);
  }

  /**
   * Quotes as PolNeAR relations: quotes sharing a cue form one relation (their contents are its segments); a
   * direct quote's content gains its quote marks, as PolNeAR includes them; each relation keeps its speaker span,
   * even one an earlier relation has (PolNeAR's relations share a source: "said …, adding …").
   */
  public static List<PolnearRelation> relationsOf(String text, List<Quote> quotes) {
    Map<String, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : quotes) {
      String key = q.cue().map(c -> c.start() + ":" + c.end()).orElse("#" + q.id());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<PolnearRelation> out = new ArrayList<>();
    for (List<Quote> g : groups.values()) {
      List<PolnearRelation.Segment> content = new ArrayList<>();
      for (Quote q : g) {
        content.add(withMarks(text, q));
      }
      List<PolnearRelation.Segment> cue = g.get(0).cue().map(c -> List.of(segment(c))).orElse(List.of());
      List<PolnearRelation.Segment> source = List.of();
      if (g.get(0).speaker().isPresent()) {
        TextSpan s = g.get(0).speaker().get().span();
        source = List.of(segment(s));
      }
      out.add(new PolnearRelation(source, cue, content));
    }
    return out;
  }

  private static PolnearRelation.Segment segment(TextSpan s) {
    return new PolnearRelation.Segment(s.start(), s.end());
  }

  private static PolnearRelation.Segment withMarks(String text, Quote q) {
    int s = q.content().start();
    int e = q.content().end();
    if (q.type() == QuoteType.DIRECT) {
      s -= markBefore(text, s);
      e += markAfter(text, e);
    }
    return new PolnearRelation.Segment(s, e);
  }

  private static int markBefore(String text, int s) {
    if (s >= 2 && (text.startsWith("``", s - 2) || text.startsWith("''", s - 2))) {
      return 2;
    }
    return s >= 1 && "\"“”„«".indexOf(text.charAt(s - 1)) >= 0 ? 1 : 0;
  }

  private static int markAfter(String text, int e) {
    if (text.startsWith("''", e)) {
      return 2;
    }
    return e < text.length() && "\"”“»".indexOf(text.charAt(e)) >= 0 ? 1 : 0;
  }

  private static List<List<PolnearRelation.Segment>> spans(String text, List<PolnearRelation> rels, String role) {
    List<List<PolnearRelation.Segment>> out = new ArrayList<>();
    for (PolnearRelation r : rels) {
      List<PolnearRelation.Segment> n = normalize(text, r.role(role));
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Sorted, whitespace-trimmed segments, merged where only whitespace separates them. */
  static List<PolnearRelation.Segment> normalize(String text, List<PolnearRelation.Segment> segs) {
    List<PolnearRelation.Segment> sorted = new ArrayList<>(segs);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<PolnearRelation.Segment> out = new ArrayList<>();
    for (PolnearRelation.Segment s : sorted) {
      int a = Math.min(s.start(), text.length());
      int b = Math.min(s.end(), text.length());
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        continue;
      }
      PolnearRelation.Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && (a <= last.end() || text.substring(last.end(), a).isBlank())) {
        out.set(out.size() - 1, new PolnearRelation.Segment(last.start(), Math.max(b, last.end())));
      } else {
        out.add(new PolnearRelation.Segment(a, b));
      }
    }
    return out;
  }

  private static int exactMatches(List<List<PolnearRelation.Segment>> gold, List<List<PolnearRelation.Segment>> pred) {
    Map<List<PolnearRelation.Segment>, Integer> bag = new HashMap<>();
    for (List<PolnearRelation.Segment> g : gold) {
      bag.merge(g, 1, Integer::sum);
    }
    int tp = 0;
    for (List<PolnearRelation.Segment> p : pred) {
      Integer n = bag.get(p);
      if (n != null && n > 0) {
        bag.put(p, n - 1);
        tp++;
      }
    }
    return tp;
  }

  private static int overlapMatches(List<List<PolnearRelation.Segment>> gold, List<List<PolnearRelation.Segment>> pred) {
    boolean[] taken = new boolean[gold.size()];
    int tp = 0;
    for (List<PolnearRelation.Segment> p : pred) {
      int best = -1;
      int bestOverlap = 0;
      for (int k = 0; k < gold.size(); k++) {
        int o = taken[k] ? 0 : overlap(gold.get(k), p);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = k;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        tp++;
      }
    }
    return tp;
  }

  /** Characters shared by two segment lists. */
  static int overlap(List<PolnearRelation.Segment> a, List<PolnearRelation.Segment> b) {
    int n = 0;
    for (PolnearRelation.Segment x : a) {
      for (PolnearRelation.Segment y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }
}

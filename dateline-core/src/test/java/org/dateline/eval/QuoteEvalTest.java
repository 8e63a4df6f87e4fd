package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuoteEvalTest {
  private static final String T = PolnearReaderTest.TEXT;

  private static Speaker speaker(int s, int e) {
    return new Speaker(TextSpan.of(T, s, e), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false, Optional.empty());
  }

  private static List<Quote> predictions() {
    Optional<TextSpan> said = Optional.of(TextSpan.of(T, 19, 23));
    return List.of(
        new Quote("Q1", TextSpan.of(T, 1, 8), QuoteType.DIRECT, said, Optional.of(speaker(10, 18))),
        new Quote("Q2", TextSpan.of(T, 26, 39), QuoteType.DIRECT, said, Optional.of(speaker(10, 18))),
        new Quote("Q3", TextSpan.of(T, 56, 67), QuoteType.INDIRECT, Optional.of(TextSpan.of(T, 51, 55)),
            Optional.of(speaker(41, 50))));
  }

  @Test
  void quotesSharingACueFormOneRelationWithMarks() {
    List<PolnearRelation> rels = QuoteEval.relationsOf(T, predictions());
    assertEquals(2, rels.size());
    assertEquals(List.of(new PolnearRelation.Segment(0, 9), new PolnearRelation.Segment(25, 40)), rels.get(0).content());
  }

  @Test
  void missesReportNamesTheRolesThatDiffer() {
    PolnearArticle gold = new PolnearArticle("a", T,
        List.of(new PolnearArticle.Annotation("x", PolnearReader.parse("a.ann", PolnearReaderTest.ANN))));
    String report = QuoteMisses.report(gold, predictions());
    // the second content is too short and its gold relation has no source
    assertEquals(1, report.lines().filter(l -> l.startsWith("a\tCS\t")).count(), report);
    assertEquals("", QuoteMisses.report(gold, List.of()).replaceAll("(?m)^a\tMISS\t.*\n", ""));
  }

  @Test
  void aSpeakerOfTwoCuesIsRepeatedAsPolnearDoes() {
    Speaker same = speaker(41, 50);
    List<PolnearRelation> rels = QuoteEval.relationsOf(T, List.of(
        new Quote("Q1", TextSpan.of(T, 56, 67), QuoteType.INDIRECT, Optional.of(TextSpan.of(T, 51, 55)),
            Optional.of(same)),
        new Quote("Q2", TextSpan.of(T, 1, 8), QuoteType.INDIRECT, Optional.of(TextSpan.of(T, 19, 23)),
            Optional.of(same))));
    assertEquals(rels.get(0).source(), rels.get(1).source());
  }

  @Test
  void exactAndOverlapScoresPerRole() {
    PolnearArticle gold = new PolnearArticle("a", T,
        List.of(new PolnearArticle.Annotation("x", PolnearReader.parse("a.ann", PolnearReaderTest.ANN))));
    QuoteEval eval = new QuoteEval();
    eval.add(gold, predictions());
    QuoteEvalResult r = eval.result();
    assertEquals(new QuoteEvalResult.Prf(50.0, 50.0, 50.0), r.exact().get("content")); // 2nd content too short
    assertEquals(new QuoteEvalResult.Prf(100.0, 100.0, 100.0), r.overlap().get("content"));
    assertEquals(new QuoteEvalResult.Prf(50.0, 100.0, 66.7), r.exact().get("source")); // gold E2 has no source
    assertEquals(new QuoteEvalResult.Prf(100.0, 100.0, 100.0), r.exact().get("cue"));
    assertEquals(2, r.relations());
  }

  @Test
  void severalAnnotatorsAreAveragedPerArticle() {
    List<PolnearRelation> full = PolnearReader.parse("a.ann", PolnearReaderTest.ANN);
    PolnearArticle gold = new PolnearArticle("a", T, List.of(new PolnearArticle.Annotation("x", full),
        new PolnearArticle.Annotation("y", List.of())));
    QuoteEval eval = new QuoteEval();
    eval.add(gold, predictions());
    QuoteEvalResult r = eval.result();
    // cue: annotator x gives tp 2, annotator y fp 2: averaged tp 1, fp 1, fn 0
    assertEquals(new QuoteEvalResult.Prf(50.0, 100.0, 66.7), r.exact().get("cue"));
    assertEquals(1, r.articles());
  }

  @Test
  void whitespaceOnlyGapsMerge() {
    String t = "one two  three";
    assertEquals(List.of(new PolnearRelation.Segment(0, 14)), QuoteEval.normalize(t,
        List.of(new PolnearRelation.Segment(9, 14), new PolnearRelation.Segment(0, 8))));
  }
}

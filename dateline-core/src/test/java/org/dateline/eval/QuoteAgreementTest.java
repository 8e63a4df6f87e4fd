package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAgreementTest {
  private static final String T = PolnearReaderTest.TEXT;

  private static PolnearArticle.Annotation annotator(String name, String ann) {
    return new PolnearArticle.Annotation(name, PolnearReader.parse(name + ".ann", ann));
  }

  @Test
  void identicalAnnotatorsAgreeFully() {
    PolnearArticle a = new PolnearArticle("a", T,
        List.of(annotator("x", PolnearReaderTest.ANN), annotator("y", PolnearReaderTest.ANN)));
    QuoteEvalResult r = QuoteAgreement.of(List.of(a));
    for (String role : QuoteEval.ROLES) {
      assertEquals(new QuoteEvalResult.Prf(100.0, 100.0, 100.0), r.exact().get(role), role);
    }
    assertEquals(1, r.articles());
    assertEquals(2 * PolnearReader.parse("x.ann", PolnearReaderTest.ANN).size(), r.relations());
  }

  @Test
  void aLongerContentIsAnOverlapButNoExactMatch() {
    String x = "T1\tContent 56 67\ttaxes would\nT2\tSource 41 50\tThe mayor\nT3\tCue 51 55\tsaid\n"
        + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
    String y = x.replace("Content 56 67\ttaxes would", "Content 56 72\ttaxes would fall");
    PolnearArticle a = new PolnearArticle("a", T, List.of(annotator("x", x), annotator("y", y)));
    QuoteEvalResult r = QuoteAgreement.of(List.of(a));
    assertEquals(0.0, r.exact().get("content").f1());
    assertEquals(100.0, r.overlap().get("content").f1());
    assertEquals(100.0, r.exact().get("source").f1());
  }

  @Test
  void articlesWithOneAnnotatorAreSkipped() {
    PolnearArticle single = new PolnearArticle("s", T, List.of(annotator("x", PolnearReaderTest.ANN)));
    QuoteEvalResult r = QuoteAgreement.of(List.of(single));
    assertEquals(0, r.articles());
    assertEquals(0, r.relations());
  }
}

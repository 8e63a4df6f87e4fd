package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuotePatternsTest.cue;
import static org.dateline.quotes.QuotePatternsTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Cue verbs in a "to" infinitive whose predicate joins the cue: "was quick to point out", "took to Twitter to say". */
class QuoteInfinitivesTest {

  private static void assertRelation(String text, String content, String speaker, String cue) {
    Quote q = containing(extract(text), content);
    assertEquals(speaker, speaker(q), q.toString());
    assertEquals(cue, cue(q), q.toString());
    assertEquals(content, q.content().text(), q.toString());
  }

  @Test
  void anAdjectiveOfReadinessOrLikelihoodAfterBe() {
    assertRelation("The minister was quick to point out that exports had risen.", "that exports had risen",
        "The minister", "was quick to point out");
    assertRelation("The mayor was reluctant to endorse either candidate.", "either candidate", "The mayor",
        "was reluctant to endorse");
    assertRelation("Younger voters were slightly more likely to say the economy was improving.",
        "the economy was improving", "Younger voters", "were slightly more likely to say");
    assertRelation("Women were more likely than men to support the ban.", "the ban", "Women",
        "were more likely than men to support");
    assertRelation("Rural voters tended to favor the incumbent.", "the incumbent", "Rural voters", "tended to favor");
  }

  @Test
  void aVerbOfGoingOrUsingWithItsOwnComplement() {
    assertRelation("The senator took to Twitter to say she would vote against the bill.",
        "she would vote against the bill", "The senator", "took to Twitter to say");
    assertRelation("The coach went out of his way to praise the young striker.", "the young striker", "The coach",
        "went out of his way to praise");
    assertRelation("The governor used his speech to call for calm.", "calm", "The governor",
        "used his speech to call for");
    assertRelation("The envoy appeared on state television to announce the ceasefire.", "the ceasefire",
        "The envoy", "appeared on state television to announce");
    assertRelation("Some council members have taken to saying the budget is a fiction.", "the budget is a fiction",
        "Some council members", "have taken to saying");
  }

  @Test
  void aPersonBeforeTheInfinitiveOrABareGoingToKeepsTheCueApart() {
    List<Quote> qs = extract("The mayor is going to announce the budget on Friday.");
    assertFalse(qs.stream().anyMatch(q -> q.cue().map(c -> c.text().startsWith("is going")).orElse(false)),
        qs.toString());
    List<Quote> took = extract("The minister took reporters to the border to show them the damage.");
    assertFalse(took.stream().anyMatch(q -> q.cue().map(c -> c.text().startsWith("took")).orElse(false)),
        took.toString());
  }

  @Test
  void aCoordinatedInfinitiveCueStartsItsOwnContent() {
    Quote q = containing(extract("The candidate took to Twitter overnight to accuse the network of bias and "
        + "encourage supporters to boycott its debate."), "the network of bias");
    assertEquals("the network of bias", q.content().text(), q.toString());
  }
}

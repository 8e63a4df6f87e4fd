package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuoteSourcesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Stretches of time between speaker, cue and content, contact clauses and a state's closing comma in a source. */
class QuoteDurationsTest {

  private static Quote quote(String text, String content) {
    return containing(extract(text), content);
  }

  @Test
  void aDurationAfterTheCueOpensNoContent() {
    Quote q = quote("The governor has said for weeks he cannot sign another tax cut.", "cannot sign");
    assertEquals("he cannot sign another tax cut", q.content().text());
    Quote argued = quote("Union leaders have argued for months that the contract shortchanges night crews.",
        "shortchanges");
    assertEquals("have argued", argued.cue().orElseThrow().text());
    assertEquals("that the contract shortchanges night crews", argued.content().text());
  }

  @Test
  void aMeasureThatIsTheObjectStaysContent() {
    Quote q = quote("The archbishop called for three days of mourning.", "mourning");
    assertEquals("called for", q.cue().orElseThrow().text());
    assertEquals("three days of mourning", q.content().text());
  }

  @Test
  void aDurationBetweenAuxiliaryAndVerbJoinsTheCue() {
    Quote q = quote("Senator Ruth Calder, who has in the past described the pipeline as a hazard, voted no.",
        "pipeline as");
    assertEquals("who", q.speaker().orElseThrow().span().text());
    assertEquals("has in the past described", q.cue().orElseThrow().text());
  }

  @Test
  void aContactClauseBelongsToTheSpeaker() {
    assertEquals("None of the economists I interviewed this week",
        speaker("None of the economists I interviewed this week said the plan would work.", "plan would work"));
    assertEquals("Most of the farmers we spoke to on Tuesday",
        speaker("Most of the farmers we spoke to on Tuesday said the subsidy came too late.", "came too late"));
    assertEquals("The residents the agency surveyed last year",
        speaker("The residents the agency surveyed last year said the buses were often late.", "often late"));
  }

  @Test
  void aStatesClosingCommaIsNoAppositive() {
    assertEquals("Mayor Ada Lund, who was to fly to Columbus, Ohio, on Monday to sign the deal,",
        speaker("Mayor Ada Lund, who was to fly to Columbus, Ohio, on Monday to sign the deal, said it was done.",
            "it was done"));
    assertEquals("Engineers at the plant in Toledo, Ohio",
        speaker("Engineers at the plant in Toledo, Ohio, speaking on condition of anonymity, said it would close.",
            "would close"));
  }
}

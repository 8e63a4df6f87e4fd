package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuoteSourcesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A speaker's relative clause that reports speech of its own. */
class QuoteRelativesTest {

  @Test
  void aNamingInTheSpeakersClauseIsItsOwnQuote() {
    String text = "The minister, who has called the strike \"illegal,\" now says the workers had a point.";
    List<Quote> quotes = extract(text);
    Quote naming = containing(quotes, "the strike");
    assertEquals("who", naming.speaker().orElseThrow().span().text());
    assertEquals("has called", naming.cue().orElseThrow().text());
    assertEquals("the strike \"illegal,\"", naming.content().text());
    assertEquals("The minister", speaker(text, "workers had a point"));
  }

  @Test
  void aClauseOfDeedsStaysInTheSpeakerPhrase() {
    String text = "The lawyer, who endorsed the mayor last year, now says the race is open.";
    assertEquals("The lawyer, who endorsed the mayor last year,", speaker(text, "race is open"));
    assertTrue(extract(text).stream().noneMatch(q -> q.content().text().contains("the mayor")));
  }
}

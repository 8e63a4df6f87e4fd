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

  @Test
  void whoSpeaksForTheNounBeforeIt() {
    List<Quote> qs = extract("Mayor Ann Lee said the port was safe. Two union officials, who called the move "
        + "\"a stunt,\" walked out.");
    org.dateline.model.Speaker who = containing(qs, "a stunt").speaker().orElseThrow();
    assertEquals("who", who.span().text());
    assertEquals(java.util.Optional.empty(), who.name(), who.toString()); // not the mayor, the speaker before
    assertTrue(who.role().orElse("").contains("officials"), who.toString());
  }
}

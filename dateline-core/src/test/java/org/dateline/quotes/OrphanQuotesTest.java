package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.junit.jupiter.api.Test;

/** A quotation with no cue of its own takes the subject of the sentence before it as speaker. */
class OrphanQuotesTest {
  @Test
  void theSubjectOfTheSentenceBeforeSpeaks() {
    Quote q = containing(extract("Talks resume.\n\nThe minister was blunt. \"We will not negotiate with people "
        + "who shell our cities.\""), "negotiate");
    assertEquals("The minister", q.speaker().orElseThrow().span().text());
    assertEquals(Optional.empty(), q.cue());
    assertEquals(QuoteType.DIRECT, q.type());
  }

  @Test
  void aQuoteRunningOverParagraphsFollowsThePersonOfTheParagraphBefore() {
    List<Quote> qs = extract("Talks resume.\n\nAmbassador Ruth Calloway has seen many ceasefires fail. She "
        + "remembers the first one clearly.\n\n\"It was 1994, and we thought we had done it. We had a date.\n\n"
        + "\"Three days later the shelling started again.\"");
    assertEquals("Ruth Calloway", containing(qs, "1994").speaker().orElseThrow().name().orElseThrow());
    assertEquals("Ruth Calloway", containing(qs, "shelling").speaker().orElseThrow().name().orElseThrow());
  }

  @Test
  void aSentenceEndingInAColonGivesItsVerbAsCue() {
    Quote q = containing(extract("Talks resume.\n\nThe envoy, Maria Lind, agreed:\n\n\"Both sides are running out "
        + "of time to find a deal.\""), "running out");
    assertEquals("The envoy, Maria Lind,", q.speaker().orElseThrow().span().text());
    assertTrue(q.cue().orElseThrow().text().startsWith("agreed"), q.toString());
  }

  @Test
  void aThingIsNoSpeaker() {
    List<Quote> qs = extract("Talks resume.\n\nThe report was released on Monday. \"The numbers speak for "
        + "themselves and nobody can deny them.\"");
    assertTrue(qs.stream().noneMatch(q -> q.content().text().contains("numbers")), qs.toString());
  }

  @Test
  void aSpeakerQuotedEarlierInTheParagraphKeepsTheQuote() {
    Quote q = containing(extract("\"We have had problems with intrusions before,\" the president said after the "
        + "meeting. He did not suggest retaliation. \"Our goal is to set norms so that everybody acts "
        + "responsibly.\""), "norms");
    assertEquals("the president", q.speaker().orElseThrow().span().text());
    assertEquals("said", q.cue().orElseThrow().text());
  }
}

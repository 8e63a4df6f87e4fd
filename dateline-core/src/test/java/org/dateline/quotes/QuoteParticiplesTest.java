package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuotePatternsTest.cue;
import static org.dateline.quotes.QuotePatternsTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Who speaks for a participle cue (", saying …", ", citing …") when several noun phrases stand before it. */
class QuoteParticiplesTest {

  @Test
  void aPrepositionsObjectBeforeTheCommaDoesNotSpeak() {
    Quote q = containing(extract("Reyes spoke at a town hall meeting in Dover on Thursday, hinting at a tax rise."),
        "tax rise");
    assertEquals("hinting at", cue(q));
    assertEquals("Reyes", speaker(q));
    q = containing(extract("The union ended the strike under pressure from the Labor Ministry, a powerful body, "
        + "saying the deal was fair."), "deal was fair");
    assertEquals("The union", speaker(q));
  }

  @Test
  void anAgentAfterFromOrByStillSpeaks() {
    Quote q = containing(extract("The plan was attacked by Ann Lee, the union's lawyer, saying it would cost jobs."),
        "cost jobs");
    assertEquals("Ann Lee, the union's lawyer,", speaker(q));
  }
}

package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Speaker phrases: appositive chains, adjuncts between speaker and cue, mistagged names. */
class QuoteSourcesTest {

  private static String speaker(String text, String content) {
    Quote q = containing(extract(text), content);
    return q.speaker().orElseThrow(() -> new AssertionError("no speaker for " + q)).span().text();
  }

  @Test
  void twoAppositivesBelongToTheSpeaker() {
    assertEquals("Ada Marsh, treasurer of the Harbor Trust, the city's largest charity,",
        speaker("Ada Marsh, treasurer of the Harbor Trust, the city's largest charity, said the fund was empty.",
            "fund was empty"));
  }

  @Test
  void anAgeBesideAnAppositiveWithARelativeClauseIsKept() {
    assertEquals("Omar Reyes, 52, a teacher who now runs a bakery,",
        speaker("Omar Reyes, 52, a teacher who now runs a bakery, said the rent had doubled.", "rent had doubled"));
  }

  @Test
  void anAdjunctBetweenSpeakerAndCueIsNeither() {
    assertEquals("Nora Blake",
        speaker("Nora Blake, in a statement issued by her office on Friday, said she would appeal.", "would appeal"));
    assertEquals("Senator Paul Ridge",
        speaker("Senator Paul Ridge, also speaking in Denver, said the bill was dead.", "bill was dead"));
    assertEquals("The county judge",
        speaker("The county judge -- who has presided over the case since May -- said the trial would resume.",
            "trial would resume"));
  }
}

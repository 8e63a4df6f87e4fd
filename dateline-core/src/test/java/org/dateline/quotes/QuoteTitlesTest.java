package org.dateline.quotes;

import static org.dateline.quotes.QuoteSourcesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Short capitalised titles in quote marks ("Dry Season") inside speaker phrases and attribution clauses. */
class QuoteTitlesTest {

  @Test
  void aTitleInsideAnAppositiveBelongsToTheSpeaker() {
    assertEquals("Lena Ortiz, the author of \"Dry Season,\" a history of the drought,",
        speaker("Lena Ortiz, the author of \"Dry Season,\" a history of the drought, said the dams were failing.",
            "dams were failing"));
  }

  @Test
  void aTitleInsideTheClauseAfterAQuoteKeepsTheSpeaker() {
    assertEquals("Ohio delegate Ray Cole, wearing a straw hat and \"Kasich 2016\" buttons,",
        speaker("\"We came to win,\" Ohio delegate Ray Cole, wearing a straw hat and \"Kasich 2016\" buttons, said.",
            "came to win"));
  }

  @Test
  void aNameAfterACountedOpenerIsTheSpeaker() {
    assertEquals("Mark Hollis",
        speaker("Two farmers spoke at the hearing. And a second, Mark Hollis, said the harvest was lost.",
            "harvest was lost"));
  }

  @Test
  void aScareQuoteInsideARelativeClauseKeepsTheSpeaker() {
    assertEquals("Maria Kent, who called the plan \"a scam\" last week,",
        speaker("Maria Kent, who called the plan \"a scam\" last week, said she would sue the county.",
            "would sue"));
  }
}

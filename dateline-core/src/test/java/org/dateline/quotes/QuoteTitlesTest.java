package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuoteSourcesTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
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
  void aShowsNameBeforeAnAttributionWithItsOwnComplementIsNoStatement() {
    List<Quote> qs = extract("Speaking Sunday on WXYZ's \"Harbor Watch,\" the mayor admitted that the port audit was "
        + "late.");
    assertTrue(qs.stream().noneMatch(q -> q.content().text().contains("Harbor Watch")), qs.toString());
    assertEquals("that the port audit was late", containing(qs, "audit").content().text());
    List<Quote> show = extract("On Monday's episode of \"The Morning Port Report,\" the governor said she wanted to "
        + "cut fees.");
    assertEquals("she wanted to cut fees", containing(show, "cut fees").content().text());
    List<Quote> np = extract("In an interview on WXYZ's \"Port Talk,\" Mayor Ann Reyes said the recent spate of "
        + "harbor closures demands a new plan.");
    assertEquals("the recent spate of harbor closures demands a new plan", containing(np, "spate").content().text());
    assertTrue(np.stream().noneMatch(q -> q.content().text().contains("Port Talk")), np.toString());
    Quote kept = containing(extract("The crowd was loud. \"We Will Win,\" Reyes said as the crowd cheered."), "Win");
    assertEquals("We Will Win,", kept.content().text());
  }

  @Test
  void aNameAfterACountedOpenerIsTheSpeaker() {
    assertEquals("Mark Hollis",
        speaker("Two farmers spoke at the hearing. And a second, Mark Hollis, said the harvest was lost.",
            "harvest was lost"));
  }

  @Test
  void aScareQuoteInsideARelativeClauseKeepsTheSpeaker() {
    String text = "Maria Kent, who called the plan \"a scam\" last week, said she would sue the county.";
    assertEquals("Maria Kent", speaker(text, "would sue")); // the clause is a naming of its own
    assertEquals("who", speaker(text, "a scam"));
  }
}

package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuotePatternsTest.cue;
import static org.dateline.quotes.QuotePatternsTest.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void aParticipleWithItsObjectAfterTheSubjectsHeadBelongsToTheSpeaker() {
    Quote q = containing(extract("Lawyers representing the families said they would appeal."), "would appeal");
    assertEquals("Lawyers representing the families", speaker(q));
    q = containing(extract("Nonetheless, nurses living near the plant have said the air is foul."), "air is foul");
    assertEquals("nurses living near the plant", speaker(q));
    q = containing(extract("The mayor met lawyers representing the families and said the city would settle."),
        "city would settle");
    assertEquals("The mayor", speaker(q));
  }

  @Test
  void aParticipleInsideTheSubjectEndsItsContentBeforeTheMainVerb() {
    List<Quote> qs = extract("Several delegates supporting Lopez declined to comment on the vote.");
    assertEquals("Several delegates supporting Lopez", speaker(containing(qs, "comment on the vote")));
    assertTrue(qs.stream().noneMatch(x -> cue(x).equals("supporting")), qs.toString());
    Quote q = containing(extract("Protesters demanding the mayor's resignation marched through the city."),
        "resignation");
    assertEquals("demanding", cue(q));
    assertEquals("the mayor's resignation", q.content().text());
    q = containing(extract("A union survey showing most nurses work overtime was released on Friday."), "overtime");
    assertEquals("showing", cue(q)); // a clause may follow "showing": its verb is not the main verb
    assertTrue(q.content().text().startsWith("most nurses work overtime"), q.toString());
  }

  @Test
  void aParticipleAfterAMarketsMoveSpeaksForWhoeverCausedIt() {
    Quote q = QuoteExtractorTest.containing(QuoteExtractorTest.extract("Shares in the ferry operator fell 6 percent "
        + "after the company cut its profit forecast, citing weak demand on its northern routes."), "weak demand");
    assertEquals("the company", q.speaker().orElseThrow().span().text());
    Quote r = QuoteExtractorTest.containing(QuoteExtractorTest.extract("The ferry operator cut its forecast after "
        + "fuel costs rose, citing weak demand."), "weak demand");
    assertEquals("The ferry operator", r.speaker().orElseThrow().span().text()); // no market: the sentence's subject
  }
}

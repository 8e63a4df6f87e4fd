package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Stance adjectives after a copula: "were optimistic that", "are concerned about", "aren't sure"; and stances
 * without a holder: "is best known for", "reportedly".
 */
class QuoteStanceTest {

  private static void stance(Quote q, String cue, String speaker, String content) {
    QuoteOpenersTest.attributed(q, cue, speaker);
    assertEquals(content, q.content().text());
  }

  @Test
  void anAdjectiveBeforeThatCuesTheClause() {
    stance(containing(extract("The mayor's aides were optimistic that the bond would pass in May."), "bond"),
        "were optimistic", "The mayor's aides", "that the bond would pass in May");
  }

  @Test
  void anAdjectiveAndItsPrepositionCueANounPhrase() {
    stance(containing(extract("Dock workers are deeply concerned about the new port rules."), "port rules"),
        "are deeply concerned about", "Dock workers", "the new port rules");
    stance(containing(extract("The union has long been critical of the merger that the board approved."), "merger"),
        "has long been critical of", "The union", "the merger that the board approved");
  }

  @Test
  void aSpeakerWhoWasClearHoldsTheStance() {
    stance(containing(extract("The coach was clear that he would not resign."), "resign"),
        "was clear", "The coach", "that he would not resign");
  }

  @Test
  void sureAndConfidentTakeAClauseWithoutThat() {
    stance(containing(extract("Farmers aren't sure the rain will come in time."), "rain"),
        "aren't sure", "Farmers", "the rain will come in time");
  }

  @Test
  void noOneHoldsAStanceThatIsCertainOrAnAdjectiveWithoutContent() {
    List<Quote> qs = extract("It is certain that the vote will be close. Lee was happy to help.");
    assertTrue(qs.stream().noneMatch(q -> q.cue().map(c -> c.text().contains("certain") || c.text().contains("happy"))
        .orElse(false)), qs.toString());
  }

  @Test
  void aLightVerbWithAStanceNounIsTheCue() {
    stance(containing(extract("The fishermen took issue with the new quota on cod."), "quota"),
        "took issue with", "The fishermen", "the new quota on cod");
    stance(containing(extract("Mayor Ray Dunn voiced support for the stadium bond."), "stadium"),
        "voiced support for", "Mayor Ray Dunn", "the stadium bond");
  }

  @Test
  void aRenewedOrSharedSpeechActIsTheCue() {
    stance(containing(extract("The governor continued his attacks on the port board."), "port board"),
        "continued his attacks on", "The governor", "the port board");
    stance(containing(extract("The governor stepped up his attacks on the port board."), "port board"),
        "stepped up his attacks on", "The governor", "the port board");
    stance(containing(extract("Ortiz offered a preview of the harbor budget."), "harbor budget"),
        "offered a preview of", "Ortiz", "the harbor budget");
  }

  @Test
  void knownForHasNoSourceAndKeepsTheOneKnownInTheContent() {
    List<Quote> qs = extract("The chef is best known for her smoked trout.");
    Quote what = containing(qs, "smoked trout");
    assertEquals("is best known for", what.cue().orElseThrow().text());
    assertTrue(what.speaker().isEmpty(), what.toString());
    assertEquals("The chef", containing(qs, "The chef").content().text());
  }

  @Test
  void newVerbsOfStance() {
    stance(containing(extract("The two unions disagree over how the pension fund should be run."), "pension"),
        "disagree over", "The two unions", "how the pension fund should be run");
    stance(containing(extract("Lawyers for the city invoked the emergency statute."), "statute"),
        "invoked", "Lawyers for the city", "the emergency statute");
    stance(containing(extract("The coach apologized for the remarks."), "remarks"),
        "apologized for", "The coach", "the remarks");
  }

  @Test
  void reportedlyIsACueWithoutASourceAndSplitsTheContent() {
    List<Quote> qs = extract("The port authority is reportedly weighing a second terminal.");
    for (String[] part : new String[][] {{"terminal", "weighing a second terminal"}, {"port", "The port authority is"}}) {
      Quote q = containing(qs, part[0]);
      assertEquals("reportedly", q.cue().orElseThrow().text());
      assertTrue(q.speaker().isEmpty(), q.toString());
      assertEquals(part[1], q.content().text());
    }
  }

  @Test
  void reportedlyBeforeAVerbOfSayingOrInAHeadlineOrRelativeClauseIsNotItsOwnCue() {
    for (String text : List.of("The mayor reportedly said the port would close.",
        "Port Chief Reportedly Weighing Second Terminal", "The chief, who reportedly owns a boat, left early.")) {
      List<Quote> qs = extract(text);
      assertTrue(qs.stream().noneMatch(q -> q.cue().map(c -> c.text().equals("reportedly")).orElse(false)),
          text + " -> " + qs);
    }
  }

  @Test
  void aParticleAndItsPrepositionBothJoinTheCue() {
    stance(containing(extract("Several council members weighed in on the harbor deal."), "harbor deal"),
        "weighed in on", "Several council members", "the harbor deal");
    stance(containing(extract("The senator lashed out at the harbor board."), "harbor board"),
        "lashed out at", "The senator", "the harbor board");
  }

  @Test
  void turningToATopicIsNoAttribution() {
    assertTrue(extract("After lunch the mayor turned to the budget.").isEmpty());
  }
}

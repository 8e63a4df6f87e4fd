package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuoteOpenersTest.attributed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Cue verbs and the particles that complete them or turn them into other verbs. */
class QuoteLexiconTest {

  @Test
  void criticismVerbsTakeTheirObjectAsContent() {
    Quote q = containing(extract("The governor knocked the port plan on Tuesday."), "port plan");
    attributed(q, "knocked", "The governor");
    assertEquals("the port plan", q.content().text());
    attributed(containing(extract("Reyes lambasted the harbor board."), "harbor board"), "lambasted", "Reyes");
  }

  @Test
  void comparisonAndRebuttalVerbsAreCues() {
    attributed(containing(extract("Ortiz likened the port deal to a fire sale."), "fire sale"), "likened", "Ortiz");
    attributed(containing(extract("The ministry rebutted the report on harbor fees."), "harbor fees"), "rebutted",
        "The ministry");
  }

  @Test
  void disavowalAndDerisionVerbsAreCues() {
    Quote q = containing(extract("The mayor disavowed the ad about the harbor board."), "ad about");
    attributed(q, "disavowed", "The mayor");
    assertEquals("the ad about the harbor board", q.content().text());
    attributed(containing(extract("Dock workers derided the port plan."), "port plan"), "derided", "Dock workers");
    attributed(containing(extract("The council rebuffed the union's offer."), "offer"), "rebuffed", "The council");
    attributed(containing(extract("Two former aides vouched for the mayor's record."), "record"), "vouched for",
        "Two former aides");
  }

  @Test
  void verbsOfDwellingAndYieldingTakeTheirParticle() {
    attributed(containing(extract("The mayor dwelled on the port's losses."), "losses"), "dwelled on", "The mayor");
    attributed(containing(extract("The board acquiesced to the union's demand."), "demand"), "acquiesced to",
        "The board");
    attributed(containing(extract("Reyes pivoted to the harbor budget."), "budget"), "pivoted to", "Reyes");
    attributed(containing(extract("The governor relished the fight over port fees."), "fight"), "relished",
        "The governor");
  }

  @Test
  void summingAndDownplayingPhrasalsAreCues() {
    attributed(containing(extract("The mayor brushed aside the report on port fees."), "report"), "brushed aside",
        "The mayor"); // the particle tagged as an adverb
    Quote q = containing(extract("The ministry played down the risk of a strike."), "risk");
    attributed(q, "played down", "The ministry");
    assertEquals("the risk of a strike", q.content().text());
    attributed(containing(extract("The mayor touched on the harbor budget."), "budget"), "touched on", "The mayor");
    attributed(containing(extract("The governor summed up the port talks."), "talks"), "summed up", "The governor");
    List<Quote> qs = extract("The ministry played three port officials.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  @Test
  void aRetortOrRetractionWithBackIsACue() {
    attributed(containing(extract("The minister shot back that the audit was riddled with errors."), "riddled"),
        "shot back", "The minister");
    Quote q = containing(extract("The dockers' union hit back at the port authority's claims."), "claims");
    attributed(q, "hit back at", "The dockers' union");
    assertEquals("the port authority's claims", q.content().text());
    attributed(containing(extract("The senator later walked back her comments about the harbor."), "comments"),
        "later walked back", "The senator");
    noQuotes("Police fired back when the gunman opened fire on the pier.", "The visitors hit back in the second half.");
  }

  @Test
  void verbsOfScoldingExtollingAndVentingAreCues() {
    Quote q = containing(extract("The mayor chastised the port authority for its silence."), "silence");
    attributed(q, "chastised", "The mayor");
    assertEquals("the port authority for its silence", q.content().text());
    attributed(containing(extract("Reyes extolled the virtues of the old harbor."), "virtues"), "extolled", "Reyes");
    attributed(containing(extract("The captain vented that the new rules were a farce."), "farce"), "vented",
        "The captain");
    attributed(containing(extract("Few in the city could have envisioned what came next."), "came next"),
        "could have envisioned", "Few in the city");
  }

  @Test
  void aNarrativeToldIsTheContent() {
    Quote q = containing(extract("The harbour master told a joke about the new ferry."), "joke");
    attributed(q, "told", "The harbour master");
    assertEquals("a joke about the new ferry", q.content().text());
    attributed(containing(extract("The port's records tell a slightly different tale."), "tale"), "tell",
        "The port's records");
    noQuotes("The pilot told the truth.");
  }

  @Test
  void aCueTaggedAsParticipleAfterANameOrNounIsActive() {
    Quote q = containing(extract("On Monday, Sen. Maria Reyes (D-Calif.) called on the port board to resign over the "
        + "fees."), "port board");
    attributed(q, "called on", "Sen. Maria Reyes (D-Calif.)");
    attributed(containing(extract("The mayor did not back down, even as advocates in the dock community called for "
        + "his dismissal."), "dismissal"), "called for", "advocates in the dock community");
    List<Quote> qs = extract("The union ran an ad aimed at dock workers in the harbor district.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  @Test
  void aCallForMayHaveADayBeforeItsParticleOrCallUpon() {
    Quote q = containing(extract("Mayor Ann Lee called Wednesday for a recount of the harbor vote."), "recount");
    attributed(q, "called Wednesday for", "Mayor Ann Lee");
    assertEquals("a recount of the harbor vote", q.content().text());
    attributed(containing(extract("The union called upon the board to resign."), "resign"), "called upon", "The union");
  }

  @Test
  void aTimePhraseMaySitBetweenACueAndItsParticle() {
    Quote q = containing(extract("Bank chief Joachim Nagel cautioned last week against moving too early."), "moving");
    attributed(q, "cautioned last week against", "Bank chief Joachim Nagel");
    assertEquals("moving too early", q.content().text());
    attributed(containing(extract("The senator warned on Tuesday against cutting the harbor budget."), "cutting"),
        "warned on Tuesday against", "The senator");
    List<Quote> qs = extract("The mayor responded on Monday to a question from the council by leaving the room.");
    assertTrue(qs.stream().noneMatch(x -> x.content().text().startsWith("a question")), qs.toString());
  }

  @Test
  void aParticleThatMakesAnotherVerbIsNoCue() {
    List<Quote> qs = extract("The storm knocked out power to the harbor district.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  private static void noQuotes(String... texts) {
    for (String s : texts) {
      List<Quote> qs = extract(s);
      assertTrue(qs.isEmpty(), s + " " + qs);
    }
  }

  @Test
  void findAndSeeInIdiomsReportNothing() {
    noQuotes("The mayor found herself at the center of the port dispute.",
        "The council found ways to delay the harbor vote.", "The board spent the money as it saw fit.",
        "Reyes found a way around the port rules.");
    attributed(containing(extract("Reyes sees himself as the voice of the dock workers."), "voice"), "sees", "Reyes");
    attributed(containing(extract("A harbor survey found the port losing money."), "port losing"), "found",
        "A harbor survey");
  }

  @Test
  void neitherConfirmNorDenyIsOneCue() {
    Quote q = containing(extract("The ministry would neither confirm nor deny the report."), "report");
    assertEquals("the report", q.content().text());
    assertEquals("would neither confirm nor deny", q.cue().orElseThrow().text());
    assertEquals("The ministry", q.speaker().orElseThrow().span().text());
    assertEquals(1, extract("The firm has neither confirmed nor denied that talks took place.").size());
  }

  @Test
  void pledgedDelegatesAreDelegatesNotAPledge() {
    noQuotes("Reyes so far has won 758 pledged delegates.", "There are 384 pledged delegates at stake in the state.",
        "In Guam, 60 pledged delegates and seven superdelegates were at stake.");
    attributed(containing(extract("Lee pledged to cut port fees."), "port fees"), "pledged", "Lee");
  }

  @Test
  void callInItsTelephoneSenseOrBeforeANameReportsNothing() {
    noQuotes("Then, last week, the mayor called.", "The governor called both candidates Tuesday night.",
        "They hired a firm called Harbor Analytics, which builds voter files.");
    attributed(containing(extract("The governor called Reyes a liar."), "liar"), "called", "The governor");
    attributed(containing(extract("Reyes’ campaign called AP’s report a rush to judgment."), "rush"), "called",
        "Reyes’ campaign");
    attributed(containing(extract("One of the doctors who sent the letter called Reyes a quack."), "quack"),
        "called", "One of the doctors who sent the letter"); // the tagger reads called/VBN
    attributed(containing(extract("Critics called the port plan \"reckless\" on Tuesday."), "reckless"), "called",
        "Critics");
  }

  @Test
  void aQuestionToTheReaderOrAPrepositionReportsNothing() {
    noQuotes("Do you support the port plan? Tell us below.", "Did you know the harbor once froze solid?",
        "Regarding the port plan, Reyes spent the week in meetings.");
    attributed(containing(extract("Reyes supports the port plan."), "port plan"), "supports", "Reyes");
  }

  @Test
  void phrasalCuesTakeTheObjectOfTheirParticle() {
    Quote q = containing(extract("Lee alluded to the mayor's troubles with the harbor board."), "troubles");
    attributed(q, "alluded to", "Lee");
    attributed(containing(extract("The two rivals sparred over port fees."), "port fees"), "sparred over",
        "The two rivals");
    attributed(containing(extract("The union shrugged off the warning."), "warning"), "shrugged off", "The union");
  }

  @Test
  void aVerbThatIsACueOnlyWithItsParticleNeedsIt() {
    Quote q = containing(extract("The governor doubled down on his attacks on the port board."), "attacks");
    attributed(q, "doubled down on", "The governor");
    assertEquals("his attacks on the port board", q.content().text());
    attributed(containing(extract("Ortiz swiped at the harbor board."), "harbor board"), "swiped at", "Ortiz");
    List<Quote> qs = extract("If there is more than one port, these fees could double, and if private docks are "
        + "under review, they may double again.");
    assertTrue(qs.stream().noneMatch(x -> x.cue().map(c -> c.text().endsWith("double")).orElse(false)),
        qs.toString());
  }

  @Test
  void aVerbOfSayingTaggedAsAPluralBeforeThatIsACue() {
    Quote q = containing(extract("Texas counters that the platforms are common carriers."), "common carriers");
    assertEquals("counters", q.cue().orElseThrow().text());
    assertEquals("Texas", q.speaker().orElseThrow().span().text());
  }

  @Test
  void expectTakesAPlainObject() {
    Quote q = containing(extract("Economists had expected a reading of 3.5 percent."), "reading");
    assertEquals("had expected", q.cue().orElseThrow().text());
    assertEquals("a reading of 3.5 percent", q.content().text());
  }
}

package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** How a cue opens its sentence or its content: inverted openers, reason clauses first, asides before "that". */
class QuoteOpenersTest {

  /** The quote's cue and speaker spans are {@code cue} and {@code speaker}. */
  static void attributed(Quote q, String cue, String speaker) {
    assertEquals(cue, QuotePatternsTest.cue(q), q.toString());
    assertEquals(speaker, QuotePatternsTest.speaker(q), q.toString());
  }

  @Test
  void anInvertedCueAfterAConjunctionOpensTheQuote() {
    attributed(containing(extract("But, said Hollis, \"we will not sell the farm.\""), "sell the farm"),
        "said", "Hollis");
    attributed(containing(extract("And said the mayor, \"the bridge stays closed.\""), "bridge stays"),
        "said", "the mayor");
  }

  @Test
  void anInvertedCueBeforeAColonIsNoName() {
    attributed(containing(extract("Said Hollis: \"We will not sell the farm.\""), "sell the farm"), "Said", "Hollis");
  }

  @Test
  void aReasonClauseMayOpenTheContentWithoutThat() {
    Quote q = containing(extract("Reyes said because the levee is old, the town would flood again."), "levee is old");
    assertEquals("because the levee is old, the town would flood again", q.content().text());
    attributed(q, "said", "Reyes");
  }

  @Test
  void aTimeClauseAfterTheCueIsNoContent() {
    List<Quote> qs = extract("Reyes has said little since the levee broke, and the town is angry.");
    assertTrue(qs.stream().noneMatch(q -> q.content().text().startsWith("since")), qs.toString());
  }

  @Test
  void aRelativeAsideMayStandBeforeThat() {
    Quote q = containing(extract(
        "Ann Cole said on WXRT, where she is a regular guest, that the council had misled voters."), "misled voters");
    assertEquals("that the council had misled voters", q.content().text());
    attributed(q, "said", "Ann Cole");
  }

  @Test
  void aQuantityOpensTheObjectOfAReportingVerb() {
    Quote q = containing(extract("Police reported at least 12 injuries near the stadium."), "12 injuries");
    assertEquals("at least 12 injuries near the stadium", q.content().text());
    attributed(q, "reported", "Police");
  }

  @Test
  void aPastTenseReadAsAParticipleStillMakesAClause() {
    Quote q = containing(extract("Gov. Ada Ruiz (D) said the county allocated more than $3 million for repairs."),
        "county allocated");
    assertEquals("the county allocated more than $3 million for repairs", q.content().text());
  }

  @Test
  void aFloatingQuantifierBelongsToTheCue() {
    attributed(containing(extract("The three senators all said the plan would fail."), "plan would fail"),
        "all said", "The three senators");
    attributed(containing(extract("Ruiz and Lee have both pushed for a new levy on ferries."), "levy"),
        "have both pushed for", "Ruiz and Lee");
  }

  @Test
  void anObjectWithItsInfinitiveIsTheContent() {
    Quote q = containing(extract("Analysts expect the central bank to raise rates next month."), "raise rates");
    assertEquals("the central bank to raise rates next month", q.content().text());
    attributed(q, "expect", "Analysts");
  }

  @Test
  void aParticipleAdjunctAfterTheSpeakerIsNeitherSpeakerNorContent() {
    attributed(containing(extract("Hale, asked about the poll, said it was wrong."), "was wrong"), "said", "Hale");
    attributed(containing(extract("Hale, when asked about the poll, said it was wrong."), "was wrong"), "said", "Hale");
  }

  @Test
  void aDashedSpeakerMayNameTheMedium() {
    attributed(containing(extract("\"The bridge is safe.\" — Transport Minister Omar Reyes, on Twitter."), "bridge"),
        "—", "Transport Minister Omar Reyes");
  }

  @Test
  void aPossessedSpeechNounBeforeAColonCuesTheQuote() {
    attributed(containing(extract("The minister's reply was blunt: \"No.\""), "No."), "reply was blunt:",
        "The minister's");
    attributed(containing(extract("His answer: \"Never.\""), "Never."), "answer:", "His");
  }

  @Test
  void cautionAgainstAndASubjunctiveClause() {
    attributed(containing(extract("Lee cautioned against reading too much into the poll."), "reading"),
        "cautioned against", "Lee");
    Quote q = containing(extract("Lee suggested the vote be delayed."), "vote be delayed");
    assertEquals("the vote be delayed", q.content().text());
  }

  @Test
  void anOrganisationWithAWhichClauseSpeaks() {
    attributed(containing(extract("The company, which makes steel pipes, said it would cut 500 jobs."), "500 jobs"),
        "said", "The company, which makes steel pipes,");
  }

  @Test
  void anAdjunctAfterACommonNounSubjectLeavesTheSubject() {
    attributed(containing(extract("The ministry, in a statement on its website, said the talks were over."), "talks"),
        "said", "The ministry");
    attributed(containing(extract("The group, founded in 1990, said it had 5,000 members."), "members"),
        "said", "The group");
    attributed(containing(extract("The agency, citing security concerns, said it would close the embassy."), "embassy"),
        "said", "The agency");
  }

  @Test
  void aRelativeClauseBetweenDashesEndsAtTheSecondDash() {
    List<Quote> qs = extract("Lee — who has denied the charges — said he would fight them in court.");
    assertEquals("the charges", containing(qs, "charges").content().text());
    attributed(containing(qs, "fight them"), "said", "Lee");
    attributed(containing(extract("A visibly emotional Lee said he would resign."), "resign"), "said",
        "A visibly emotional Lee");
  }

  @Test
  void quotedAsSayingAndSaidTo() {
    Quote q = containing(extract("Lee was quoted as saying the war was over."), "war was over");
    assertEquals("the war was over", q.content().text());
    attributed(q, "was quoted as saying", "Lee");
    Quote agency = containing(extract("Putin was quoted by state news agency TASS as saying the talks were useful."),
        "useful");
    attributed(agency, "was quoted by state news agency TASS as saying", "Putin");
    Quote paper = containing(extract("The minister was quoted in the Financial Times as saying: \"We will not "
        + "budge.\""), "budge");
    attributed(paper, "was quoted in the Financial Times as saying", "The minister");
    Quote raised = containing(extract("The coach is said to be furious about the leak."), "furious");
    assertEquals("is said", raised.cue().orElseThrow().text());
    assertTrue(raised.speaker().isEmpty(), raised.toString());
  }

  @Test
  void aSubjectBeforeAnInterruptingAccordingToIsContent() {
    List<Quote> qs = extract("The mayor, according to two aides, has decided to run again.");
    assertEquals("The mayor", containing(qs, "mayor").content().text());
    assertEquals("has decided to run again", containing(qs, "decided").content().text());
    attributed(containing(qs, "decided"), "according to", "two aides");
  }

  @Test
  void aClauseBeforeAColonLeadsADirectQuote() {
    attributed(containing(extract("The letter makes a blunt case: “The levy will close farms. It must go.”"),
        "close farms"), "makes a blunt case:", "The letter");
    attributed(containing(extract("A report from the port authority had this to say about the plan: \"Families at "
        + "the top gain the most.\""), "top gain"), "had this to say about the plan:",
        "A report from the port authority");
    attributed(containing(extract("Mayor Ruiz said of the bridge: \"It will outlast us all.\""), "outlast"),
        "said of the bridge:", "Mayor Ruiz");
  }

  @Test
  void anAddresseeOrACopulaBeforeTheColonStaysOutOfTheCue() {
    attributed(containing(extract("Ruiz told the crowd: \"We will rebuild the school.\""), "rebuild"),
        "told", "Ruiz");
    attributed(containing(extract("Ruiz says to voters: \"We will rebuild the school.\""), "rebuild"),
        "says", "Ruiz");
    assertTrue(extract("The reason was simple: \"Bread.\"").stream().noneMatch(q -> q.speaker().isPresent()));
  }

  @Test
  void aShortClauseBeforeByJoinsTheParticipleCueAndALongOneDoesNot() {
    attributed(containing(extract("Husted responded by saying “We will appeal this decision.”"), "appeal"),
        "responded by saying", "Husted");
    attributed(containing(extract("The governor ended his speech by saying, “God bless this state.”"), "God bless"),
        "ended his speech by saying", "The governor");
    attributed(containing(extract("The senator has gained ground in the rural counties by promising that the mill "
        + "will reopen."), "mill"), "promising", "The senator");
  }

  @Test
  void theOneQuotedAsSayingSpeaksADirectQuote() {
    attributed(containing(extract("Braynard was quoted as saying: \"Our method works.\""), "method works"),
        "was quoted as saying", "Braynard");
  }

  @Test
  void aReportCreditedInThePassive() {
    Quote q = containing(extract("As reported by the Harbor Gazette, inspectors found 40 tons of undersized cod."),
        "inspectors");
    attributed(q, "As reported", "the Harbor Gazette");
    assertEquals("inspectors found 40 tons of undersized cod", q.content().text());
    Quote r = containing(extract("News of the closure was first reported by the Harbor Gazette."), "closure");
    attributed(r, "was first reported", "the Harbor Gazette");
    assertEquals("News of the closure", r.content().text());
    assertTrue(extract("The heat was broken by a storm.").isEmpty());
  }

  @Test
  void anInvertedCueAfterAShortOpeningPhrase() {
    attributed(containing(extract("In other words, explained harbor master Ann Ruiz: \"The channel is full.\""),
        "channel"), "explained", "harbor master Ann Ruiz");
    Quote q = containing(extract("Asked about the dock, Ruiz said: \"The channel is full.\""), "channel");
    attributed(q, "said:", "Ruiz"); // the participle clause is no inverted cue; PolNeAR's cue keeps the colon
  }

  @Test
  void wordsBeforeAnInterruptingCueJoinALowerCaseQuote() {
    List<Quote> qs = extract("A longer drought, Reyes said, \"could ruin half the growers in the valley.\"");
    assertEquals("A longer drought", containing(qs, "drought").content().text());
    attributed(containing(qs, "drought"), "said", "Reyes");
    attributed(containing(qs, "ruin half"), "said", "Reyes");
    qs = extract("If the levee holds, the mayor added, \"we will reopen the school on Monday.\"");
    assertEquals("If the levee holds", containing(qs, "levee").content().text());
  }

  @Test
  void framingWordsOrACapitalisedQuoteStayOutsideTheQuote() {
    assertEquals(1, extract("In a statement, Reyes said, \"we will not sell the farm.\"").size());
    assertEquals(1, extract("Minutes later, the mayor said, \"done.\"").size());
    assertEquals(1, extract("The farm, Reyes said, \"Is not for sale.\"").size());
  }

  @Test
  void aReportedClauseMayOpenWithItsOwnPrepositionalPhrase() {
    Quote q = containing(extract("Reyes said in politics it takes years to build trust."), "build trust");
    assertEquals("in politics it takes years to build trust", q.content().text());
    List<Quote> qs = extract("Reyes said in Fresno the harvest was late."); // a place name is where she spoke
    assertTrue(qs.stream().noneMatch(x -> x.content().text().startsWith("in Fresno")), qs.toString());
  }

  @Test
  void aParticipleTagBeforeACoordinatedSaidIsReadAsAPastTense() {
    Quote q = containing(extract("Reyes positioned Ortiz as the most qualified candidate ever and said he would "
        + "finish the levee."), "finish the levee");
    attributed(q, "said", "Reyes");
  }

  @Test
  void anEventAdjunctAfterTheCueIsWhenNotWhat() {
    Quote q = containing(extract("Reyes said after the vote she would not run again."), "run again");
    assertEquals("she would not run again", q.content().text());
    attributed(q, "said", "Reyes");
  }

  @Test
  void aDayThatOwnsTheNextNounOpensTheContent() {
    Quote q = containing(extract("The governor praised Friday's port vote as a turning point."), "port vote");
    assertEquals("Friday's port vote as a turning point", q.content().text());
    attributed(q, "praised", "The governor");
    assertEquals("the port would reopen",
        containing(extract("Reyes said Friday the port would reopen."), "reopen").content().text());
  }

  @Test
  void aConcessionMayOpenTheContent() {
    Quote q = containing(extract("Reyes says despite being a Fresno native, she will root for Modesto."), "root for");
    assertEquals("despite being a Fresno native, she will root for Modesto", q.content().text());
  }

  @Test
  void aConjunctionAfterACueOpensNoContent() {
    List<Quote> qs = extract("It was not clear whether the talks would continue, but diplomats said a second round "
        + "was likely.");
    assertTrue(qs.stream().noneMatch(q -> q.content().text().startsWith("but")), qs.toString());
    assertEquals("diplomats", containing(qs, "second round").speaker().orElseThrow().span().text());
    Quote both = containing(extract("The poll shows both Lopez and Reyes beating the mayor."), "beating");
    assertEquals("both Lopez and Reyes beating the mayor", both.content().text()); // a correlative opens it
  }

  @Test
  void anAdverbBetweenTheCueAndTheColonBelongsToTheCue() {
    attributed(containing(extract("On the harbour budget, Ruiz said only: \"Wait and see.\""), "Wait and see"),
        "said only:", "Ruiz");
    attributed(containing(extract("Asked about the strike, the mayor replied evenly, \"We will talk to everyone.\""),
        "talk to everyone"), "replied evenly", "the mayor");
  }
}

package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Wire-copy furniture: datelines, anonymity clauses, appositive names and sign-off dashes around reported speech;
 * the doubled apostrophe some papers use for both quote marks.
 */
class WireConventionsTest {
  @Test
  void theDatelineIsNoPartOfTheReportedContent() {
    Quote q = containing(extract("GENEVA (Dateline) - Talks between the two sides will resume next week, U.N. envoy "
        + "Martin Adler said on Thursday."), "will resume");
    assertEquals("Talks between the two sides will resume next week", q.content().text());
    assertEquals(Optional.of("Martin Adler"), q.speaker().orElseThrow().name());
    Quote bar = containing(extract("OAKLAND ― Port fees will rise next year, the harbor board said on Thursday."),
        "fees");
    assertEquals("Port fees will rise next year", bar.content().text());
  }

  @Test
  void aClauseAfterSaidMakesItsSubjectNoInvertedSpeaker() {
    List<Quote> qs = extract("A Western diplomat, speaking on condition of anonymity, said Saudi Arabia had pressed "
        + "the delegation to return.");
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(s -> s.span().text().equals("Saudi Arabia")).orElse(false)),
        qs.toString());
    Quote q = containing(qs, "had pressed");
    Speaker s = q.speaker().orElseThrow();
    assertTrue(s.anonymous(), s.toString());
    assertEquals(Optional.of("diplomat"), s.role());
  }

  @Test
  void anAnonymityRequestIsNoStatementAndMarksTheSourceAnonymous() {
    List<Quote> qs = extract("An official at the Ministry of Interior, who asked not to be named because he was not "
        + "authorized to speak to the media, said police had been deployed to protect water points.");
    assertEquals(1, qs.size(), qs.toString());
    Quote q = qs.get(0);
    assertEquals("police had been deployed to protect water points", q.content().text());
    Speaker s = q.speaker().orElseThrow();
    assertTrue(s.anonymous());
    assertEquals(Optional.of("official"), s.role());
    assertEquals(Optional.of("Ministry of Interior"), s.affiliation());
  }

  @Test
  void aNameInAnAppositiveIsTheSpeaker() {
    Quote q = containing(extract("The WFP country director for Kenya, Paolo Benedetti, said the agency had received "
        + "less than a third of its funding."), "less than a third");
    assertEquals(Optional.of("Paolo Benedetti"), q.speaker().orElseThrow().name());
  }

  @Test
  void aHorizontalBarSignsEachQuoteOfAReaderRoundUp() {
    List<Quote> qs = extract("“The harvest failed twice. We lost everything.” ― Ana Ruiz\n"
        + "”The river keeps rising every spring.”― Tomas Berg.\n"
        + "“Nobody came to help us.” — Lea Moss");
    assertEquals(3, qs.size(), qs.toString());
    assertEquals("Ana Ruiz", QuotePatternsTest.speaker(containing(qs, "We lost everything")));
    assertEquals("―", QuotePatternsTest.cue(containing(qs, "We lost everything")));
    assertEquals("Tomas Berg", QuotePatternsTest.speaker(containing(qs, "river keeps rising")));
    assertEquals("Lea Moss", QuotePatternsTest.speaker(containing(qs, "Nobody came")));
    assertEquals(QuoteType.DIRECT, containing(qs, "river keeps rising").type());
  }

  @Test
  void doubledApostrophesOpenANewQuotedSentenceAfterAParticiple() {
    List<Quote> qs = extract("''It's a fine course,'' Ms. Hedge said, referring to the two resorts. ''I assume they "
        + "saw the market returning.''");
    assertEquals("the two resorts", containing(qs, "two resorts").content().text());
    Quote next = containing(qs, "I assume");
    assertEquals(QuoteType.DIRECT, next.type());
    assertEquals("I assume they saw the market returning.", next.content().text());
    assertEquals("Ms. Hedge", next.speaker().orElseThrow().span().text());
  }

  @Test
  void transcriptLabelsSpeakTheirTurns() {
    List<Quote> qs = extract("Partial transcript as follows:\n\"HOLT: Will the port close?\n\"RUIZ: Not this year. "
        + "We have the money.\n\"HOLT: And next year?\n");
    Quote answer = containing(qs, "Not this year");
    assertEquals("Not this year. We have the money.", answer.content().text());
    assertEquals("RUIZ", answer.speaker().orElseThrow().span().text());
    assertEquals(":", answer.cue().orElseThrow().text());
    assertEquals(QuoteType.DIRECT, answer.type());
    assertEquals("HOLT", containing(qs, "next year").speaker().orElseThrow().span().text());
  }

  @Test
  void aLoneCapitalLabelIsAHeadlineNotATranscript() {
    List<Quote> qs = extract("UPDATE: The port will close.\n\nVIDEO: The mayor at the dock.\n\nVIDEO: The dock.\n");
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(s -> s.span().text().equals("VIDEO")).orElse(false)),
        qs.toString());
  }

  @Test
  void aClosingMarkSplitIntoTheNextSentenceStillClosesItsQuote() {
    List<Quote> qs = extract("\"We are a small town,\" said Dan Hale, a retiree. \"Farmers are easy to spot here. "
        + "You almost never see a banker.\" Perhaps, he said, the town \"has grown too big too fast.\"");
    Quote q = containing(qs, "banker");
    assertEquals("Farmers are easy to spot here. You almost never see a banker.", q.content().text());
    assertEquals(Optional.of("Dan Hale"), q.speaker().orElseThrow().name());
    assertTrue(qs.stream().noneMatch(x -> x.content().text().startsWith("\"")), qs.toString());
  }

  @Test
  void britishSingleQuotesAreDirectQuotes() {
    List<Quote> qs = extract("United beat Arsenal 2-1.\n\n'We deserved the win,' said the manager, Erik Dahl. "
        + "'The players showed character.'\n\nThe Prime Minister said: 'We will not be moved.'");
    Quote win = containing(qs, "deserved the win");
    assertEquals(QuoteType.DIRECT, win.type());
    assertEquals("the manager, Erik Dahl", win.speaker().orElseThrow().span().text());
    assertEquals("the manager, Erik Dahl", containing(qs, "showed character").speaker().orElseThrow().span().text());
    assertEquals("The Prime Minister", containing(qs, "not be moved").speaker().orElseThrow().span().text());
    List<Quote> rs = extract("Intro.\n\n'We will not give up,' Ann Lee said. 'We have come too far.\n\n"
        + "'The people deserve better.'\n\nLabour disagreed.");
    assertEquals("Ann Lee", containing(rs, "people deserve").speaker().orElseThrow().span().text());
  }

  @Test
  void anAskedAsideMayHoldItsOwnVerb() {
    Quote q = containing(extract("Moore, asked whether she had the votes, smiled: \"We'll see.\""), "see");
    assertEquals("Moore", q.speaker().orElseThrow().span().text());
    Quote r = containing(extract("Lee, when asked what he meant, said the plan was dead."), "plan was dead");
    assertEquals("Lee", r.speaker().orElseThrow().span().text());
  }

  @Test
  void aDatelineWithItsDayIsNoPartOfTheContent() {
    Quote q = containing(extract("LONDON, March 3 (Reuters) - Inflation fell in February, official data showed."),
        "Inflation fell");
    assertEquals("Inflation fell in February", q.content().text());
  }

  @Test
  void aPlacePhraseBeforeThatLeavesItAComplementizer() {
    Quote q = containing(extract("His lawyer, Susan Ortiz, said outside the courthouse that her client would appeal."),
        "appeal");
    assertEquals("that her client would appeal", q.content().text());
    assertEquals("His lawyer, Susan Ortiz,", q.speaker().orElseThrow().span().text());
    List<Quote> rs = extract("The mayor said at the plant that makes the parts it would stay open.");
    assertTrue(rs.stream().noneMatch(r -> r.content().text().startsWith("that")), rs.toString()); // a relative
  }

  @Test
  void aSourceWhoWithholdsANameIsAnonymous() {
    Speaker a = containing(extract("One juror, who declined to give her name, said the messages were damning."),
        "damning").speaker().orElseThrow();
    assertTrue(a.anonymous(), a.toString());
    assertEquals(Optional.of("juror"), a.role());
    Speaker b = containing(extract("A second juror, who did not want to be identified, said the talks were tense."),
        "tense").speaker().orElseThrow();
    assertTrue(b.anonymous(), b.toString());
    Speaker c = containing(extract("A neighbour, who gave his name as Tom, said the house was empty."), "empty")
        .speaker().orElseThrow();
    assertTrue(!c.anonymous(), c.toString()); // a name given, though only a first one
    Speaker d = containing(extract("\"We are running out of fuel,\" said one nurse, who asked not to be named for fear "
        + "of reprisals."), "fuel").speaker().orElseThrow();
    assertTrue(d.anonymous(), d.toString()); // the relative clause follows an inverted speaker
  }

  @Test
  void aRolePhraseJoinsOnlyItsOwnModifiers() {
    Speaker aide = containing(extract("An aide to a Republican senator, who spoke on condition of anonymity, said "
        + "three senators were open to a deal."), "open to a deal").speaker().orElseThrow();
    assertEquals(Optional.of("aide"), aide.role()); // the senator is whom the aide serves, not a second title
    Speaker cfo = containing(extract("The firm's chief financial officer, Ana Ruiz, said the review would end soon."),
        "review").speaker().orElseThrow();
    assertEquals(Optional.of("chief financial officer"), cfo.role());
  }

  @Test
  void aPlatformWrittenAsOneCapitalIsAMedium() {
    Quote q = containing(extract("The ministry said in a post on X that two drones had been shot down."), "drones");
    assertEquals("that two drones had been shot down", q.content().text());
    assertEquals("The ministry", q.speaker().orElseThrow().span().text());
  }

  @Test
  void theAudienceOfADocumentIsNoContent() {
    Quote q = containing(extract("The company said in a letter to shareholders that profits would fall."), "profits");
    assertEquals("that profits would fall", q.content().text());
    Quote r = containing(extract("Analysts at the bank said in a note to their clients they expected a cut in May."),
        "expected");
    assertEquals("they expected a cut in May", r.content().text());
  }

  @Test
  void anEventAfterTheCueIsNoContent() {
    Quote q = containing(extract("Ortega had said after Saturday's 3-0 loss that he would not resign."), "resign");
    assertEquals("that he would not resign", q.content().text());
    Quote r = containing(extract("The mayor said after Tuesday's vote the plan was dead."), "plan");
    assertEquals("the plan was dead", r.content().text());
    Quote s = containing(extract("The coach explained after losing the final in Madrid, he would have to rebuild the "
        + "side."), "rebuild");
    assertEquals("he would have to rebuild the side", s.content().text());
  }

  @Test
  void aSubordinateClauseAfterAnInvertedAttributionIsTheWriters() {
    List<Quote> qs = extract("Negotiators returned to Cairo on Tuesday, Egyptian officials said, even as shelling "
        + "continued along the front line.");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("Negotiators returned to Cairo on Tuesday", qs.get(0).content().text());
    List<Quote> rs = extract("The plan, he said, would cost billions.");
    assertTrue(rs.stream().anyMatch(r -> r.content().text().equals("would cost billions")), rs.toString());
  }

  @Test
  void aPlaceBeforeTheReportedClauseIsNoContent() {
    Quote q = containing(extract("Shaw told reporters outside Downing Street she would stay on."), "stay on");
    assertEquals("she would stay on", q.content().text());
    Quote r = containing(extract("The coach told reporters at the stadium the team was tired."), "tired");
    assertEquals("the team was tired", r.content().text());
    Quote p = containing(extract("Pence said in politics it takes time to build trust."), "takes time");
    assertEquals("in politics it takes time to build trust", p.content().text());
  }

  @Test
  void aListMarkOpensNoContent() {
    Quote q = containing(extract("Talks resume.\n\n- \"We will respond in kind,\" the foreign minister wrote.\n\n"
        + "* The ministry said the embassy would close."), "respond");
    assertEquals("We will respond in kind,", q.content().text());
    assertEquals(QuoteType.DIRECT, q.type());
    Quote r = containing(extract("Talks resume.\n\n* The ministry said the embassy would close."), "embassy");
    assertEquals("The ministry", r.speaker().orElseThrow().span().text());
  }

  @Test
  void aMediumOfCommonNounsIsNoContent() {
    Quote q = containing(extract("China's lead negotiator, Wang Lei, said on Saturday in an interview with state "
        + "television that rich countries should pay."), "rich countries");
    assertEquals("that rich countries should pay", q.content().text());
  }

  @Test
  void aParticipleAfterAPossessorBelongsToTheSubject() {
    Quote r = containing(extract("A statement from the island nations' negotiating bloc said rich countries had "
        + "failed."), "failed");
    assertEquals("A statement from the island nations' negotiating bloc", r.speaker().orElseThrow().span().text());
  }

  @Test
  void anOrganisationsNameIsNoAnonymousSource() {
    Speaker s = containing(extract("The African Group of Negotiators warned that it could walk out."), "walk out")
        .speaker().orElseThrow();
    assertTrue(!s.anonymous(), s.toString());
  }

  @Test
  void aNameKeptOutOfPrintIsAnAnonymityRequest() {
    List<Quote> qs = extract("A nurse at Mercy General, who asked that her name not be used for fear of "
        + "retaliation, said she had worked 16-hour shifts for months.");
    assertEquals(1, qs.size(), qs.toString());
    assertTrue(qs.get(0).speaker().orElseThrow().anonymous(), qs.toString());
    Quote q = containing(extract("The mayor asked that the council delay the vote."), "delay");
    assertEquals("that the council delay the vote", q.content().text());
  }

  @Test
  void aSentenceAfterTheQuoteMayWithholdTheName() {
    Quote q = containing(extract("\"It felt like they had moved on from us,\" one engineer said. He spoke on "
        + "condition of anonymity because he was still negotiating his severance."), "moved on");
    assertTrue(q.speaker().orElseThrow().anonymous(), q.toString());
  }

  @Test
  void aTimeThatPossessesIsContent() {
    Quote q = containing(extract("Festival director Anne Clement said this year's programme was the most "
        + "international yet."), "programme");
    assertEquals("this year's programme was the most international yet", q.content().text());
  }

  @Test
  void aPollClosingTheSentenceIsItsSource() {
    Quote q = containing(extract("Most voters backed the plan, the poll found."), "voters");
    assertEquals("Most voters backed the plan", q.content().text());
    assertEquals("the poll", q.speaker().orElseThrow().span().text());
    List<Quote> rs = extract("The former senator wants to cement what polls show is a wide lead.");
    assertTrue(rs.stream().noneMatch(r -> r.speaker().map(s -> s.span().text().equals("polls")).orElse(false)
        && r.content().text().startsWith("The former")), rs.toString());
    Quote s = containing(extract("The ice shelf could break up within decades, a study published Wednesday in "
        + "Nature found."), "ice shelf");
    assertEquals("The ice shelf could break up within decades", s.content().text());
    assertEquals("a study published Wednesday in Nature", s.speaker().orElseThrow().span().text());
  }

  @Test
  void aQuantifierWithAListingSpeaks() {
    Quote q = containing(extract("Some, including those at ING, said the bank would pause in June."), "pause");
    assertEquals("Some, including those at ING,", q.speaker().orElseThrow().span().text());
  }

  @Test
  void theOneQuotedAsSayingSpeaksToo() {
    List<Quote> qs = extract("Local newspaper El Diario quoted the player's agent, Marco Ruiz, as saying his client "
        + "wanted a new challenge.");
    assertTrue(qs.stream().anyMatch(q -> q.content().text().startsWith("the player's agent")), qs.toString());
    Quote inner = qs.stream().filter(q -> q.content().text().equals("his client wanted a new challenge")).findFirst()
        .orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals("Marco Ruiz", inner.speaker().orElseThrow().name().orElseThrow());
    assertEquals("as saying", inner.cue().orElseThrow().text());
  }

  @Test
  void aPublishedDocumentsParticipleIsTheCue() {
    Quote q = containing(extract("The ministry released a statement calling the report \"biased and unfounded.\""),
        "report");
    assertEquals("released a statement calling", q.cue().orElseThrow().text());
    assertEquals("The ministry", q.speaker().orElseThrow().span().text());
  }

  @Test
  void theStaffOfALetterIsNoContent() {
    Quote q = containing(extract("Hospital management said in an email to staff that surgeries would remain "
        + "postponed."), "surgeries");
    assertEquals("that surgeries would remain postponed", q.content().text());
  }

  @Test
  void aVerbInARelativeClauseIsNoRole() {
    Speaker s = containing(extract("\"Leave now,\" said Col. Luciano Boeira, who heads the state's civil defense."),
        "Leave now").speaker().orElseThrow();
    assertTrue(s.role().map(r -> !r.equals("heads")).orElse(true), s.toString());
  }

  @Test
  void anOpeningParticipleBeforeItsMediumReportsNothing() {
    List<Quote> qs = extract("Writing in the Harbour Gazette on Monday, the economist Ana Wolf warned of a lost "
        + "decade.");
    assertTrue(qs.stream().noneMatch(q -> q.cue().map(c -> c.text().equals("Writing")).orElse(false)), qs.toString());
    assertEquals("a lost decade", containing(qs, "lost decade").content().text());
  }

  @Test
  void aPlatformAfterAVerbOfWritingBelongsToTheCue() {
    Quote q = containing(extract("The harbour master wrote on Facebook that the ferry would resume on Monday."),
        "ferry would resume");
    assertEquals("wrote on Facebook", q.cue().orElseThrow().text());
    assertEquals("that the ferry would resume on Monday", q.content().text());
    Quote r = containing(extract("The mayor said on Twitter that the port was safe."), "port was safe");
    assertEquals("said", r.cue().orElseThrow().text()); // a verb of saying keeps its platform outside
  }
}

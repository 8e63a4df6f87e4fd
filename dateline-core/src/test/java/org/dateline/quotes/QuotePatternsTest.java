package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.junit.jupiter.api.Test;

/** Attribution layouts beyond verbs of saying: evidential, poll, nominal and participle cues, and span limits. */
class QuotePatternsTest {

  static String speaker(Quote q) {
    return q.speaker().orElseThrow(() -> new AssertionError("no speaker for " + q)).span().text();
  }

  static String cue(Quote q) {
    return q.cue().orElseThrow(() -> new AssertionError("no cue for " + q)).text();
  }

  @Test
  void oneSubjectSpeaksForTwoCoordinatedCues() {
    List<Quote> qs = extract("Fields later posted a photograph of her arm and said she had been pushed backward.");
    Quote posted = containing(qs, "a photograph of her arm");
    Quote said = containing(qs, "she had been pushed backward");
    assertEquals("Fields", speaker(posted));
    assertEquals("Fields", speaker(said));
    assertEquals("said", cue(said));
  }

  @Test
  void partyAndStateTagBelongsToTheSpeaker() {
    Quote q = containing(extract("Sen. Roy Blunt (R-Mo.) noted that the plant employs 4,000 people."), "plant employs");
    assertEquals("Sen. Roy Blunt (R-Mo.)", speaker(q));
    assertEquals("that the plant employs 4,000 people", q.content().text());
  }

  @Test
  void expectedToHasNoSourceAndTwoContentSegments() {
    List<Quote> qs = extract("The senator is expected to announce her decision on Friday.");
    Quote subject = containing(qs, "The senator");
    Quote rest = containing(qs, "to announce her decision");
    assertEquals("is expected", cue(subject));
    assertEquals(subject.cue(), rest.cue());
    assertEquals("The senator", subject.content().text());
    assertEquals("to announce her decision on Friday", rest.content().text());
    assertTrue(subject.speaker().isEmpty());
  }

  @Test
  void seemsWithAnAdjectiveComplement() {
    List<Quote> qs = extract("Outside the hall, the governor seemed unperturbed by the protest.");
    assertEquals("seemed", cue(containing(qs, "unperturbed")));
    assertEquals("unperturbed by the protest", containing(qs, "unperturbed").content().text());
    assertEquals("the governor", containing(qs, "the governor").content().text());
  }

  @Test
  void seemsAfterADemonstrativeOrAFloatingQuantifierAndBeforeAColon() {
    List<Quote> qs = extract("This seems like a fair deal for the port.");
    assertEquals("This", containing(qs, "This").content().text());
    assertEquals("like a fair deal for the port", containing(qs, "fair deal").content().text());
    qs = extract("The two mayors both seemed to be well known in town.");
    assertEquals("The two mayors both", containing(qs, "mayors").content().text());
    qs = extract("The mayor seemed irritated: she left the hearing early.");
    assertEquals("irritated", containing(qs, "irritated").content().text());
  }

  @Test
  void aPollOpeningTheSentenceIsTheSource() {
    Quote q = containing(extract("In a Reuters poll released Monday, Smith led Jones by four points."), "Smith led");
    assertEquals("In", cue(q));
    assertEquals("a Reuters poll released Monday", speaker(q));
    assertEquals("Smith led Jones by four points", q.content().text());
    List<Quote> qs = extract("In offering analysis of the port vote, longtime pollster Ann Reyes told the Gazette on "
        + "Thursday how surprised she was that turnout fell.");
    assertTrue(qs.stream().noneMatch(x -> "In".equals(cue(x))), qs.toString());
    assertEquals("longtime pollster Ann Reyes", speaker(containing(qs, "turnout fell")));
  }

  @Test
  void openingParticipleTakesTheMainClauseSubject() {
    List<Quote> qs = extract("Noting that turnout had doubled, the mayor called the vote a success.");
    Quote q = containing(qs, "turnout had doubled");
    assertEquals("Noting", cue(q));
    assertEquals("the mayor", speaker(q));
    assertEquals("that turnout had doubled", q.content().text());
  }

  @Test
  void participleAfterByTakesTheSentenceSubject() {
    Quote q = containing(extract("The minister defended the plan by arguing that it would cut costs."), "cut costs");
    assertEquals("defended the plan by arguing", cue(q)); // a short clause before "by" joins the cue
    assertEquals("The minister", speaker(q));
    assertEquals("that it would cut costs", q.content().text());
  }

  @Test
  void possessorOfASpeechNounIsTheSource() {
    Quote q = containing(extract("Lopez's call for a special prosecutor drew loud applause."), "special prosecutor");
    assertEquals("call for", cue(q));
    assertEquals("Lopez's", speaker(q));
    assertEquals("a special prosecutor", q.content().text());
  }

  @Test
  void reportedContentStopsBeforeAQuoteAttributedInside() {
    List<Quote> qs = extract("Mr. Lane suggested the rival had a fondness for strongmen - \"He would have loved them,\""
        + " Mr. Lane said - and then turned to the economy.");
    Quote q = containing(qs, "fondness for strongmen");
    assertEquals("suggested", cue(q));
    assertEquals("the rival had a fondness for strongmen", q.content().text());
  }

  @Test
  void aClauseBetweenCommasIsNotAnAppositiveSource() {
    List<Quote> qs = extract("Earlier in the week, Grant called for an inquiry into the contracts, saying the ministry"
        + " was biased.");
    Quote q = containing(qs, "an inquiry");
    assertEquals("called for", cue(q));
    assertEquals("Grant", speaker(q));
  }

  @Test
  void writtenStatementBetweenCueAndContent() {
    Quote q = containing(extract("Jill Martin, a spokeswoman for the company, said in a written statement that the"
        + " claims had no merit."), "no merit");
    assertEquals("said", cue(q));
    assertEquals("that the claims had no merit", q.content().text());
  }

  @Test
  void progressiveCueWithCurlyNegation() {
    Quote q = containing(extract("The union isn’t saying what steps it will take next."), "what steps");
    assertEquals("isn’t saying", cue(q));
    assertEquals("The union", speaker(q));
  }

  @Test
  void contentStopsAtACoordinatedClauseOfTheWriter() {
    Quote q = containing(extract("Officials said the bridge would reopen in May, and the mayor thanked the crews."),
        "bridge would reopen");
    assertEquals("the bridge would reopen in May", q.content().text());
  }

  @Test
  void quantifiedSubjectKeepsItsDegreeWords() {
    Quote q = containing(extract("More than half of the respondents said the economy was weak."), "economy was weak");
    assertEquals("More than half of the respondents", speaker(q));
  }

  @Test
  void askedAboutHasTheQuestionAsContent() {
    Quote q = containing(extract("The senator was asked about the loan from the bank, but she declined to comment."),
        "the loan");
    assertEquals("was asked about", cue(q));
    assertEquals("the loan from the bank", q.content().text());
    assertTrue(q.speaker().isEmpty());
  }

  @Test
  void anyFiniteVerbBeforeAColonCuesAQuote() {
    Quote q = containing(extract("The host interjected: \"So you are saying there will be some flexibility?\""),
        "flexibility");
    assertEquals("interjected:", cue(q));
    assertEquals("The host", speaker(q));
  }

  @Test
  void aMixedQuoteKeepsTheWordsOpeningItsSentence() {
    Quote q = containing(extract("The new plan would \"end health care as we know it,\" Mr. Hale said on Sunday."),
        "health care");
    assertEquals("The new plan would \"end health care as we know it,\"", q.content().text());
    assertEquals("Mr. Hale", speaker(q));
  }

  @Test
  void aFrontedParticipleBeforeTheSpeakerIsNoPartOfALowerCaseQuote() {
    List<Quote> qs = extract("Asked about the delay, a spokeswoman said \"the review is ongoing.\"");
    assertEquals("the review is ongoing.", containing(qs, "review").content().text());
    assertTrue(qs.stream().noneMatch(q -> q.content().text().startsWith("Asked")), qs.toString());
    List<Quote> gerund = extract("Judging the race by national polls, Stevens said, \"is like looking at a "
        + "bowling average.\"");
    assertEquals("Judging the race by national polls", containing(gerund, "Judging").content().text()); // subject
  }

  @Test
  void anAgeAppositiveIsPartOfTheSpeaker() {
    Quote q = containing(extract("Mona Lake, 59, of North Philadelphia, said she would vote for the mayor."),
        "vote for the mayor");
    assertEquals("Mona Lake, 59, of North Philadelphia,", speaker(q));
    assertEquals("Jim Cole, 57,", speaker(containing(extract("Jim Cole, 57, told a neighbor the dam would hold."),
        "dam would hold")));
  }

  @Test
  void aCueInsideARelativeClauseReportsTheClauseAfterIt() {
    Quote q = containing(extract("The board cut a program which parents said was vital for their children."), "was vital");
    assertEquals("parents", speaker(q));
    assertEquals("was vital for their children", q.content().text());
  }

  @Test
  void coordinatedCuesAndAdjunctsBeforeAQuoteKeepTheSpeaker() {
    assertEquals("The union", speaker(containing(
        extract("The union thanked nurses who have worked double shifts and said the strike was over."), "strike")));
    assertEquals("the mayor", speaker(containing(
        extract("As the mayor said last week in Denver, \"The budget is the best we have had.\""), "budget")));
  }

  @Test
  void aBareVerbAfterAPluralSubjectStillOpensReportedSpeech() {
    Quote q = containing(extract("Mr. Ortiz said farmers plant corn mostly along the river."), "farmers plant");
    assertEquals("Mr. Ortiz", speaker(q));
    assertEquals("farmers plant corn mostly along the river", q.content().text());
  }

  @Test
  void aQuantifierOrCountAloneIsTheSource() {
    List<Quote> qs = extract("One expert says prices will fall, while another says they will rise. Several said they would wait.");
    assertEquals("another", speaker(containing(qs, "they will rise")));
    assertEquals("Several", speaker(containing(qs, "would wait")));
  }

  @Test
  void contractedAuxiliaryAndMannerAdverbBelongToTheCue() {
    Quote q = containing(extract("She's suggesting that the vote be delayed."), "vote be delayed");
    assertEquals("She", speaker(q));
    assertEquals("'s suggesting", cue(q));
    Quote r = containing(extract("Pressed on the delay, Lee cautiously said that was up to the board."), "up to the board");
    assertEquals("Lee", speaker(r));
    assertEquals("cautiously said", cue(r));
    assertEquals("has already said", cue(containing(extract("The mayor has already said the port will reopen."),
        "port will reopen")));
    assertEquals("even suggested", cue(containing(extract("One aide even suggested the vote be delayed."),
        "vote be delayed")));
    Quote only = containing(extract("The harbour master would only say that the channel needed dredging."),
        "channel needed");
    assertEquals("The harbour master", speaker(only));
    assertEquals("would only say", cue(only));
  }

  @Test
  void aJudgeRulesAndShortAnswersAreContent() {
    Quote q = containing(extract("The suspect will stay in jail, a federal judge ruled."), "stay in jail");
    assertEquals("a federal judge", speaker(q));
    Quote no = containing(extract("Asked whether he would run again, the governor said no."), "no");
    assertEquals("no", no.content().text());
    Quote same = containing(extract("In March, 31 percent said the same."), "the same");
    assertEquals("31 percent", speaker(same));
    assertEquals("the same of Ruiz", containing(extract("Most said the same of Ruiz."), "same").content().text());
    Quote so = containing(extract("Half the voters said so in a poll last year."), "so");
    assertEquals("so", so.content().text());
    assertEquals("Half the voters", speaker(so));
  }

  @Test
  void aNamingVerbInARelativeClauseNamesItsAntecedent() {
    List<Quote> qs = extract("The mayor attacked the levy, which she called \"a tax on the poor.\"");
    Quote name = containing(qs, "a tax on the poor");
    assertEquals("she", speaker(name));
    assertEquals("called", cue(name));
    assertEquals("which", containing(qs, "which").content().text());
    assertEquals("unfair", containing(extract("They passed a rule that farmers called unfair."), "unfair")
        .content().text());
  }

  @Test
  void aPossessedListenerIsNoPartOfTheContentUnlessAVerbFollowsIt() {
    Quote told = containing(extract("The senator told his audience they would win the seat."), "win the seat");
    assertEquals("they would win the seat", told.content().text());
    assertEquals("his audience", told.speaker().orElseThrow().addressee().orElseThrow().text());
    Quote promised = containing(extract("The mayor promised her harbor plan would pay for itself."), "pay for");
    assertEquals("her harbor plan would pay for itself", promised.content().text());
  }

  @Test
  void anObjectAfterAnAddresseeVerbIsContentWhenNoClauseFollows() {
    Quote q = containing(extract("Lopez promised a city of safe streets."), "safe streets");
    assertEquals("a city of safe streets", q.content().text());
    Quote g = containing(extract("After the vote, Lopez proposed raising the fuel tax."), "fuel tax");
    assertEquals("raising the fuel tax", g.content().text());
  }

  @Test
  void aMistaggedNameBeforeTheCueSpeaksAndAParticleLessPhrasalIsNoCue() {
    List<Quote> qs = extract("Looking back to 2010, Devine argued that the race was closer.");
    Quote q = containing(qs, "race was closer");
    assertEquals("Devine", speaker(q));
    assertEquals(1, qs.size(), qs.toString());
  }

  @Test
  void aRelativeThatAfterTheObjectDoesNotOpenTheContent() {
    Quote q = containing(extract("Some may recall other loans that soured."), "soured");
    assertEquals("Some", speaker(q));
    assertEquals("other loans that soured", q.content().text());
    assertEquals("to see the budget passed",
        containing(extract("The mayor would like to see the budget passed."), "budget").content().text());
  }

  @Test
  void aCueWhoseObjectIsTheRelativePronounReportsIt() {
    List<Quote> qs = extract("She praised Ohio, which she describes as her second home.");
    assertEquals("as her second home", containing(qs, "second home").content().text());
    assertEquals("she", speaker(containing(qs, "second home")));
    List<Quote> rs = extract("He dropped the tariff, which he once supported in 2015.");
    assertEquals("which", containing(rs, "which").content().text());
    List<Quote> es = extract("Critics attacked the levy, which they argue hurts the poor.");
    assertEquals("which", containing(es, "which").content().text());
    assertEquals("hurts the poor", containing(es, "hurts").content().text());
  }

  @Test
  void anAdjunctOrTheAskerMayStandBetweenAskedAndTheQuestion() {
    Quote q = containing(extract("Asked on Monday whether she would run, Lee said no."), "would run");
    assertEquals("whether she would run", q.content().text());
    Quote r = containing(extract("Asked by a reporter about the loan, Lee said nothing."), "the loan");
    assertEquals("about the loan", r.content().text());
    assertEquals("a reporter", speaker(r));
  }

  @Test
  void aHeadlineVerbTakesAPlainNounPhrase() {
    Quote q = containing(extract("Rivals see chance in Iowa race\n\nThe race tightened on Monday."), "chance");
    assertEquals("Rivals", speaker(q));
    assertEquals("chance in Iowa race", q.content().text());
  }

  @Test
  void willBeforeAPastTenseVerbIsAName() {
    Quote q = containing(extract("Will wrote that the party must change its course."), "party must change");
    assertEquals("Will", speaker(q));
    assertEquals("that the party must change its course", q.content().text());
  }

  @Test
  void contractedIsAfterARelativeCountsAsAVerb() {
    Quote q = containing(extract("She says the movement that’s sweeping the state appeals to the worst instincts."),
        "movement");
    assertEquals("the movement that’s sweeping the state appeals to the worst instincts", q.content().text());
  }

  @Test
  void contentMayOpenWithAnAdverbOrAQuantity() {
    assertEquals("only 40 percent of the roads were repaired",
        containing(extract("The mayor said only 40 percent of the roads were repaired."), "roads").content().text());
    assertEquals("about half of the loans were repaid",
        containing(extract("The agency said about half of the loans were repaid."), "loans").content().text());
    assertEquals("first-time offenders are rarely jailed",
        containing(extract("Experts said first-time offenders are rarely jailed."), "offenders").content().text());
  }

  @Test
  void clauseInterposedAfterThatStaysInTheContent() {
    Quote q = containing(extract("They argue that, while the tax may lower premiums, workers will not see the savings."),
        "premiums");
    assertEquals("that, while the tax may lower premiums, workers will not see the savings", q.content().text());
  }

  @Test
  void thatBeforeAQuoteIsAComplementizer() {
    Quote q = containing(extract("Bush tells reporters in Greenville that “beating expectations would be helpful.”"),
        "expectations");
    assertEquals("Bush", speaker(q));
  }

  @Test
  void asClauseAttributesTheMainClause() {
    Quote q = containing(extract("But as the newspaper noted in an editorial on Thursday, the governor has earned a few fans abroad."),
        "fans abroad");
    assertEquals("the newspaper", speaker(q));
    assertEquals("the governor has earned a few fans abroad", q.content().text());
    assertTrue(extract("As the minister seeks a second term, the party is split.").stream()
        .noneMatch(x -> x.content().text().contains("party is split"))); // a time clause ends at its comma
    q = containing(extract("As many experts have pointed out, the port is losing money."), "losing money");
    assertEquals("many experts", speaker(q));
    assertEquals("have pointed out", q.cue().orElseThrow().text());
  }

  @Test
  void thatAfterANamedMediumIsAComplementizer() {
    Quote q = containing(extract("Anna Berg said on MSNBC that for one, the bill lacked support."), "lacked support");
    assertEquals("Anna Berg", speaker(q));
    assertEquals("that for one, the bill lacked support", q.content().text());
  }

  @Test
  void partyTagBeforeATimeAdjunctKeepsTheSpeaker() {
    Quote q = containing(extract("Tom Reyes (D-Ohio) on Saturday criticized the accord, saying it goes nowhere."),
        "goes nowhere");
    assertEquals("Tom Reyes (D-Ohio)", speaker(q));
  }

  @Test
  void zeroRelativeClauseSplitsTheContentAroundItsSource() {
    List<Quote> qs = extract("It was a reminder of the inquiry, a probe the agency said was ongoing as of this month.");
    assertEquals("the agency", speaker(containing(qs, "was ongoing")));
    assertEquals("a probe", containing(qs, "probe").content().text());
  }

  @Test
  void splitAfterAStateAbbreviationIsUndone() {
    Quote q = containing(extract("Sen. Ann Hale, R-S.C., a longtime critic, said the plan is too costly."), "too costly");
    assertEquals("Sen. Ann Hale, R-S.C., a longtime critic,", speaker(q));
    Quote p = containing(extract("Rep. Ann Hale (R-S.C.) said the port plan is too costly."), "port plan");
    assertEquals("Rep. Ann Hale (R-S.C.)", speaker(p));
  }

  @Test
  void participleAfterAnAdverbIsAPastTense() {
    List<Quote> qs = extract("The campaign also called on the agency to act and said the city should test its water.");
    assertEquals("The campaign", speaker(containing(qs, "test its water")));
    assertEquals("also called on", cue(containing(qs, "the agency to act")));
  }

  @Test
  void aNamedPollClosingTheClauseIsItsSource() {
    Quote q = containing(extract("In March, the senator had 38 percent support in a Fox poll released Monday."), "support");
    assertEquals("a Fox poll released Monday", speaker(q));
    assertEquals("in", cue(q));
    assertEquals("the senator had 38 percent support", q.content().text());
    assertTrue(extract("The senator has been leading in the polls.").isEmpty()); // polls in general source nothing
  }

  @Test
  void seemsAfterItAConnectiveOrACoordinatedVerb() {
    Quote it = containing(extract("It seems pretty likely the senators will vote for the bill."), "likely");
    assertEquals("pretty likely the senators will vote for the bill", it.content().text());
    assertEquals("seems", cue(it));
    List<Quote> qs = extract("The governor held a wide lead and appeared poised to win the primary.");
    assertEquals("The governor", containing(qs, "The governor").content().text());
    assertEquals("poised to win the primary", containing(qs, "poised").content().text());
  }

  @Test
  void quotingVerbsIntroduceAQuoteBesideThemButNotAfterARelative() {
    Quote q = containing(extract("\"Vote for Lee,\" read one banner."), "Vote for Lee");
    assertEquals("read", cue(q));
    assertEquals("one banner", speaker(q));
    List<Quote> qs = extract("Protesters carried signs that read \"Go home.\"");
    assertTrue(qs.stream().noneMatch(x -> x.cue().map(c -> c.text().equals("read")).orElse(false)), qs.toString());
  }

  @Test
  void aQuestionIsNotTheAnswerersWords() {
    List<Quote> qs = extract("The host asked, \"Is it over?\" Lee answered, \"Not yet.\"");
    assertEquals("The host", speaker(containing(qs, "Is it over")));
    Quote a = containing(qs, "Not yet");
    assertEquals("answered", cue(a));
    assertEquals("Lee", speaker(a));
  }

  @Test
  void aSentenceOpeningSaidPrecedesItsSpeaker() {
    Quote q = containing(extract("The bridge reopened in May. Said Ann Lee, who drives it daily, \"It was worth the wait.\""),
        "worth the wait");
    assertEquals("Said", cue(q));
    assertEquals("Ann Lee, who drives it daily", speaker(q));
  }

  @Test
  void putItIntroducesAQuote() {
    Quote q = containing(extract("As the mayor put it: \"We are broke.\""), "We are broke");
    assertEquals("the mayor", speaker(q));
    assertTrue(cue(q).startsWith("put it"), cue(q));
  }

  @Test
  void inAStatementBelongsToTheCue() {
    Quote q = containing(extract("\"We will rebuild,\" the company said in a statement."), "We will rebuild");
    assertEquals("said in a statement", cue(q));
  }

  @Test
  void aParticipleAfterAnOpeningClauseOrConnectiveTakesTheMainSubject() {
    Quote q = containing(extract("Although he thanked the crowd, the mayor sounded a sober note, saying, \"We are not done.\""),
        "not done");
    assertEquals("the mayor", speaker(q));
    q = containing(extract("And then Lee went on the attack, saying, \"Where is the money?\""), "the money");
    assertEquals("Lee", speaker(q));
    q = containing(extract("Ruiz drew boos upon saying, \"The plan is dead.\""), "plan is dead");
    assertEquals("Ruiz", speaker(q));
  }

  @Test
  void wentOnToSayIsOneCue() {
    Quote q = containing(extract("The mayor went on to say, \"The bridge will be rebuilt.\""), "bridge will be");
    assertEquals("went on to say", cue(q));
    assertEquals("The mayor", speaker(q));
  }

  @Test
  void aDigestNamesItsQuotedAuthorAfterADash() {
    Quote q = containing(extract("TURNOUT WAS LOW IN OHIO - Ann Lee and Bo Reyes: \"We found that few young people voted.\""),
        "few young people");
    assertEquals("Ann Lee and Bo Reyes", speaker(q));
    q = containing(extract("More from Lee: \"The surveys ended too early.\""), "ended too early");
    assertEquals("Lee", speaker(q));
  }

  @Test
  void anyVerbCuesAQuoteHandedOnByACommaToSpeakerAndVerbAlone() {
    Quote q = containing(extract("\"This is a great day!\" beamed Ann Lee of Dayton."), "great day");
    assertEquals("beamed", cue(q));
    assertEquals("Ann Lee of Dayton", speaker(q));
    q = containing(extract("\"We will win,\" he laughed."), "We will win");
    assertEquals("laughed", cue(q));
    assertEquals("he", speaker(q));
    List<Quote> qs = extract("\"Make Ohio Work,\" the group printed on its hats.");
    assertTrue(qs.stream().noneMatch(x -> x.cue().map(c -> c.text().equals("printed")).orElse(false)), qs.toString());
  }

  @Test
  void aParticipleAfterAVerbsObjectTakesTheSentenceSubjectAndTheVerbJoinsTheCue() {
    Quote q = containing(extract("The senator emailed supporters saying: \"We will fight on.\""), "fight on");
    assertEquals("The senator", speaker(q));
    assertTrue(cue(q).startsWith("emailed supporters saying"), cue(q));
  }

  @Test
  void anAspectVerbBeforeTheCueJoinsItAndTheSubjectSpeaks() {
    Quote q = containing(extract("The mayor continued to insist that the bridge was safe."), "bridge was safe");
    assertEquals("continued to insist", cue(q));
    assertEquals("The mayor", speaker(q));
    q = containing(extract("Mr. Lund seemed to mock the new tax plan."), "new tax plan");
    assertEquals("seemed to mock", cue(q));
    assertEquals("Mr. Lund", speaker(q));
    q = containing(extract("The council appeared to be split on the plan."), "to be split");
    assertEquals("appeared", cue(q)); // no cue verb after "to": the subject is content, not a speaker
    assertTrue(q.speaker().isEmpty(), q.toString());
  }

  @Test
  void anAdverbMayStandBetweenAVerbAndItsParticle() {
    Quote q = containing(extract("Ms. Orton spoke warmly of the new harbor plan."), "harbor plan");
    assertEquals("spoke warmly of", cue(q));
    assertEquals("the new harbor plan", q.content().text());
    q = containing(extract("The governor talked up his record on jobs."), "record on jobs");
    assertEquals("talked up", cue(q));
  }

  @Test
  void onlyAfterANameJoinsTheCue() {
    Quote q = containing(extract("But Lund only briefly explained the cost of the new dam."), "cost of the new dam");
    assertEquals("only briefly explained", cue(q));
    assertEquals("Lund", speaker(q));
  }

  @Test
  void aClosingAttributionMayNameAQuotedShow() {
    Quote q = containing(extract("The port will reopen in May, he said Sunday on KXT's \u201cMorning Desk.\u201d"),
        "port will reopen");
    assertEquals("he", speaker(q));
    assertEquals("The port will reopen in May", q.content().text());
  }

  @Test
  void adjunctsBetweenCueAndContent() {
    Quote q = containing(extract("Ruiz also said for the first time that the mill would close in May."), "mill would");
    assertEquals("that the mill would close in May", q.content().text());
    assertEquals("Ruiz", speaker(q));
    q = containing(extract("Ruiz said on WBZ's \"Morning Talk\" that the mill would close."), "mill would");
    assertEquals("that the mill would close", q.content().text());
    q = containing(extract("Ruiz said — on the radio, as it happens — that the mill would close."), "mill would");
    assertEquals("that the mill would close", q.content().text());
    q = containing(extract("Ruiz said back in the spring of 2015: \"The mill will close.\""), "mill will");
    assertEquals("Ruiz", speaker(q));
  }

  @Test
  void dashesAroundAnAttribution() {
    Quote q = containing(extract("Rents will rise again this year, the housing office reported on Monday -- a blow to"
        + " tenants."), "Rents will");
    assertEquals("Rents will rise again this year", q.content().text());
    assertEquals("the housing office", speaker(q));
    q = containing(extract("In her speech, Ruiz argued - rebuking the council twice - that the mill must stay open."),
        "mill must");
    assertEquals("that the mill must stay open", q.content().text());
    q = containing(extract("The question is not whether the mill closes — that won't happen, they believe."), "happen");
    assertEquals("that won't happen", q.content().text());
  }

  @Test
  void cueVerbsTaggedAsNounsAfterPluralSubjects() {
    Quote q = containing(extract("Supporters of the plan hope this is only a pause in hiring."), "only a pause");
    assertEquals("hope", cue(q));
    assertEquals("Supporters of the plan", speaker(q));
    assertEquals("mock", cue(containing(extract("Rebels mock bids to end the siege."), "bids to end")));
  }

  @Test
  void aQuoteOpenedMidClauseBeforeAClosingAttributionIsPartOfTheClause() {
    Quote q = containing(extract("During the inquiry, Vance admitted the fees could be termed \"influence peddling,\" the"
        + " Gazette reported in 1991."), "influence");
    assertEquals(QuoteType.MIXED, q.type());
    assertEquals("During the inquiry, Vance admitted the fees could be termed \"influence peddling,\"", q.content().text());
    assertEquals("the Gazette", speaker(q));
    q = containing(extract("On Friday, Ruiz was asked about \"Morning Talk,\" he said."), "Morning");
    assertEquals("Morning Talk,", q.content().text()); // a quoted title is not a partial quote
  }

  @Test
  void aParticipleAfterAClosingAttributionTakesItsSpeaker() {
    List<Quote> qs = extract("The two leaders will meet next week, Ortiz said, adding, \"They need to talk.\"");
    assertEquals("Ortiz", speaker(containing(qs, "They need")));
    assertEquals("Ortiz", speaker(containing(qs, "leaders will meet")));
    Quote q = containing(extract("Lee has raised doubts about the audit, falsely suggesting that the books were forged."),
        "books were");
    assertEquals("falsely suggesting", cue(q));
    assertEquals("Lee", speaker(q));
  }

  @Test
  void coordinatedAuxiliariesSharesAndRelativeStances() {
    Quote q = containing(extract("He did not name his rivals but did note that he had won most states."), "won most");
    assertEquals("did note", cue(q));
    assertEquals("He", speaker(q));
    assertEquals("Nearly nine out of 10", speaker(containing(extract("Nearly nine out of 10 say they need new skills."),
        "new skills")));
    assertEquals("Nearly a third", speaker(containing(extract("Nearly a third say they don't know."), "know")));
    List<Quote> qs = extract("\"People are angry,\" said Alderman Jo Ruiz, who thinks the mayor \"needs to listen.\"");
    assertEquals("Alderman Jo Ruiz", speaker(containing(qs, "People are angry")));
    assertEquals("who", speaker(containing(qs, "needs to listen")));
    q = containing(extract("Ruiz, who predicted about one-third of the vote will be cast early, spoke on Monday."),
        "vote will");
    assertEquals("about one-third of the vote will be cast early", q.content().text());
  }

  @Test
  void anyVerbWithAParticleOrATimeAfterAQuote() {
    assertEquals("shot back", cue(containing(extract("\"You are a tough guy tonight,\" Lee shot back."), "tough guy")));
    Quote q = containing(extract("\"They would have gone to the only bill,\" Park fumed on Tuesday."), "only bill");
    assertEquals("fumed", cue(q));
    assertEquals("Park", speaker(q));
    q = containing(extract("Ruiz, who signed the port bill, interjected to say: \"Both of them were wrong.\""), "wrong");
    assertEquals("interjected to say:", cue(q));
  }

  @Test
  void lightVerbsWithASpeechActObject() {
    Quote q = containing(extract("Ruiz made it clear that the port would stay open."), "port would");
    assertEquals("made it clear", cue(q));
    assertEquals("that the port would stay open", q.content().text());
    q = containing(extract("Ruiz has privately made the case to union leaders that the port should stay open."),
        "port should");
    assertEquals("has privately made the case", cue(q));
    assertEquals("Ruiz", speaker(q));
    q = containing(extract("Ruiz took a shot at the mayor in February."), "mayor");
    assertEquals("took a shot at", cue(q));
    assertEquals("the mayor", q.content().text());
    q = containing(extract("Ruiz raised questions about the closure of the port."), "closure");
    assertEquals("raised questions about", cue(q));
  }

  @Test
  void verbsWhoseObjectIsTheContent() {
    Quote q = containing(extract("The senator paused and recalled the figure of a father alone in the firehouse."),
        "figure");
    assertEquals("recalled", cue(q));
    assertEquals("The senator", speaker(q));
    assertEquals("the mayor", containing(extract("Ruiz never mentioned the mayor."), "mayor").content().text());
  }

  @Test
  void participlesBesideTheSubjectAndAdjunctsBeforeTheObject() {
    List<Quote> qs = extract("The Gazette, citing internal memos, reported that the mill is losing money.");
    Quote q = containing(qs, "internal memos");
    assertEquals("citing", cue(q));
    assertEquals("The Gazette", speaker(q));
    assertEquals("internal memos", q.content().text());
    q = containing(extract("Ruiz described, in blistering terms, a set of practices that left the port exposed."),
        "set of practices");
    assertEquals("described", cue(q));
    q = containing(extract("She said, if elected, she would cut the port fees."), "port fees");
    assertEquals("if elected, she would cut the port fees", q.content().text());
  }

  @Test
  void aRaisedComplementStopsBeforeTheWritersClause() {
    Quote q = containing(extract("The music seemed to match the mood in the hall as the band played on."), "mood");
    assertEquals("to match the mood in the hall", q.content().text());
    q = containing(extract("All three candidates are expected to speak at the gala, while the mayor holds a rally."),
        "gala");
    assertEquals("to speak at the gala", q.content().text());
  }

  @Test
  void raisedCuesWithRelativeCoordinatedOrAppositiveSubjects() {
    List<Quote> qs = extract("The first rate rise, which is widely expected to come in June, worries traders.");
    assertEquals("is widely expected", cue(containing(qs, "to come in June")));
    qs = extract("He will speak at the forum but is not expected to meet the pope.");
    Quote q = containing(qs, "meet the pope");
    assertEquals("to meet the pope", q.content().text());
    assertEquals("is not expected", cue(q));
  }

  @Test
  void aPossessivePronounOpensANominalCue() {
    Quote q = containing(extract("His promise to build a new bridge won him the county."), "build a new bridge");
    assertEquals("promise", cue(q));
    assertEquals("His", speaker(q));
    assertEquals("to build a new bridge", q.content().text());
    List<Quote> qs = extract("Lee ratcheted up his attacks on the mayor.");
    assertTrue(qs.stream().noneMatch(x -> x.cue().map(c -> c.text().equals("attacks on")).orElse(false)), qs.toString());
  }

  @Test
  void accordingToWithoutACommaOrAfterAColon() {
    Quote q = containing(extract("Ruiz leads the race by six points according to a count by the Gazette."), "six points");
    assertEquals("according to", cue(q));
    assertEquals("a count by the Gazette", speaker(q));
    assertEquals("Ruiz leads the race by six points", q.content().text());
    q = containing(extract("It has not gone unnoticed: According to recent polls, Ruiz leads by six."), "leads by");
    assertEquals("recent polls", speaker(q));
  }

  @Test
  void nowStillAndBelieveIn() {
    Quote q = containing(extract("I can now say, with the benefit of hindsight, that the plan worked."), "plan worked");
    assertEquals("can now say", cue(q));
    assertEquals("that the plan worked", q.content().text());
    q = containing(extract("Young voters still believe in the American dream."), "American dream");
    assertEquals("still believe in", cue(q));
    List<Quote> qs = extract("\"It is a distraction,\" said party boss Ann Lee, though she added that it would fade.");
    assertEquals("party boss Ann Lee", speaker(containing(qs, "distraction")));
    assertEquals("she", speaker(containing(qs, "would fade")));
  }

  @Test
  void longAndSinceBetweenSpeakerAndCue() {
    Quote q = containing(extract("Farm groups have long called for lower tariffs."), "lower tariffs");
    assertEquals("have long called for", cue(q));
    assertEquals("Farm groups", speaker(q));
  }

  @Test
  void aPassiveAskedBeforeAQuestionCuesTheQuestion() {
    Quote q = containing(extract("Ruiz was asked whether the plan would cost too much."), "cost too much");
    assertEquals("was asked", cue(q));
    assertEquals("whether the plan would cost too much", q.content().text());
    assertTrue(q.speaker().isEmpty(), q.toString());
  }

  @Test
  void aStoryToldIsContentNotAListener() {
    Quote q = containing(extract("His sister told stories of how both girls sang in the choir."), "both girls");
    assertEquals("told", cue(q));
    assertEquals("stories of how both girls sang in the choir", q.content().text());
    assertTrue(q.speaker().orElseThrow().addressee().isEmpty(), q.toString());
  }

  @Test
  void aSubordinateClauseAfterAnOpeningPhraseKeepsItsOwnSpeaker() {
    List<Quote> qs = extract("In Tuesday's debate, while most of her rivals called for a bigger navy, Lee argued for "
        + "cuts, noting that the budget was tight.");
    Quote called = containing(qs, "bigger navy");
    assertEquals("most of her rivals", speaker(called));
    assertEquals("a bigger navy", called.content().text());
    assertEquals("Lee", speaker(containing(qs, "budget was tight")));
  }
}

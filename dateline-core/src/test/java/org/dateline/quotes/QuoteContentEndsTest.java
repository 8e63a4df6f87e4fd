package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Where reported content starts and stops: relative clauses, coordinated acts, participles, interruptions. */
class QuoteContentEndsTest {

  /** The content of the quote of {@code text} that contains {@code part}. */
  private static String content(String text, String part) {
    return containing(extract(text), part).content().text();
  }

  @Test
  void contentInARelativeClauseStopsWhereTheMainClauseResumes() {
    assertEquals("the budget was balanced",
        content("The mayor, who said the budget was balanced, resigned on Monday.", "budget"));
  }

  @Test
  void aRelativeClauseInsideTheReportedSubjectStaysInTheContent() {
    assertEquals("the port authority, which has lost money for years, will close the terminal",
        content("Lee said the port authority, which has lost money for years, will close the terminal.", "port"));
    assertEquals("that the mayor, who took office in May, would veto the levy",
        content("Aides suggested that the mayor, who took office in May, would veto the levy.", "veto"));
    assertEquals("the council", content("The mayor praised the council, which voted for the plan on Monday.",
        "council"));
    Quote inner = containing(extract("Lee said the mayor, who claimed the fees were legal, will resign."), "fees");
    assertEquals("the fees were legal", inner.content().text());
  }

  @Test
  void aVerbSpelledLikeASpeechNounAfterToIsContentNotAMedium() {
    assertEquals("to address the issue next week", content("The mayor vowed to address the issue next week.", "issue"));
    assertEquals("to release the documents", content("Reed promised to release the documents.", "documents"));
    assertEquals("to press ahead with the reforms", content("Reed vowed to press ahead with the reforms.", "reforms"));
    assertEquals("that the port would reopen",
        content("The mayor said in a statement that the port would reopen.", "port"));
  }

  @Test
  void aReportReleasedOnADayIsTheMediumNotASource() {
    Quote q = containing(extract("The agency said in a report released Friday that exports had fallen."), "exports");
    assertEquals("that exports had fallen", q.content().text());
    assertEquals("The agency", q.speaker().orElseThrow().span().text());
    assertEquals("that jobs were lost", content("The union said in a letter issued on Monday that jobs were lost.",
        "jobs"));
    assertEquals("that the levy would fail", content("The senator wrote in an op-ed published Sunday that the levy "
        + "would fail.", "levy")); // the tokenizer splits "op-ed" in three
    assertEquals("that his client was innocent", content("The lawyer said in new filings that his client was "
        + "innocent.", "client")); // a plural medium the lemmatizer left alone, before "that/WDT"
  }

  @Test
  void aCommaAndAVerbInTheCuesTenseStartTheSourcesNextAct() {
    String text = "Amnesty said it had documented 30 cases of abuse, and called for an independent inquiry.";
    assertEquals("it had documented 30 cases of abuse", content(text, "documented"));
    assertEquals("called for", containing(extract(text), "inquiry").cue().orElseThrow().text());
    assertEquals("the port was closed to ships, and remains shut", content("Lee said the port was closed to ships, "
        + "and remains shut.", "port")); // another tense: the content's own verb
  }

  @Test
  void anObjectStopsAtTheSourcesNextActOrAParticipleComment() {
    assertEquals("the charges", content("The senator denied the charges and has hired a lawyer.", "charges"));
    assertEquals("the new levy",
        content("The governor backed the new levy, putting him at odds with his party.", "levy"));
  }

  @Test
  void aSecondCueReadAsParticipleStartsItsOwnRelation() {
    List<Quote> qs = extract("The mayor called the port deal \"a giveaway\" and called for a new audit of the harbor "
        + "board.");
    assertEquals("the port deal \"a giveaway\"", containing(qs, "giveaway").content().text());
    Quote audit = containing(qs, "audit");
    assertEquals("called for", audit.cue().orElseThrow().text());
    assertEquals("The mayor", audit.speaker().orElseThrow().span().text());
    Quote board = containing(extract("The governor has criticized the port fees and called on the board to cut them."),
        "board to cut");
    assertEquals("called on", board.cue().orElseThrow().text());
    assertTrue(extract("The plan was drafted by the mayor and backed by the council.").isEmpty());
  }

  @Test
  void aReportedClauseKeepsItsSubjectsParticipleAndItsCoordinatedVerbs() {
    assertEquals("the drill, involving ten ships, was routine",
        content("The minister said the drill, involving ten ships, was routine.", "drill"));
    assertEquals("exports grew last year and remained strong",
        content("The minister said exports grew last year and remained strong.", "exports"));
  }

  @Test
  void aLoneDashBeforeTheWritersCommentEndsTheContentAPairedDashDoesNot() {
    assertEquals("the port would reopen in May",
        content("The minister said the port would reopen in May — a date few traders believe.", "port"));
    assertEquals("the plan would pass", content("Lee said the plan would pass - but not before a fight.", "plan"));
    assertEquals("the ministers — all hawks — agreed on the budget",
        content("The aide said the ministers — all hawks — agreed on the budget.", "ministers"));
    assertEquals("exports rose — mostly grain and timber",
        content("The bank said exports rose — mostly grain and timber.", "exports"));
  }

  @Test
  void coordinatedParticipleCuesSplitTheContent() {
    assertEquals("the plan reckless", content("The union attacked the board, calling the plan reckless and urging "
        + "members to reject it.", "reckless"));
  }

  @Test
  void anInterruptingAttributionSplitsTheContent() {
    List<Quote> qs = extract("Now, the minister said, the two sides must talk.");
    Quote first = containing(qs, "Now");
    Quote rest = containing(qs, "the two sides");
    assertEquals("Now", first.content().text()); // an opening adverb is the source's
    assertEquals("the two sides must talk", rest.content().text());
    assertEquals("said", rest.cue().orElseThrow().text());
    assertEquals(first.cue(), rest.cue());
    assertEquals("the deal", content("But the deal, she said, was fragile.", "deal")); // a conjunction is not
  }

  @Test
  void aFragmentBeforeAccordingToContinuesAfterItAClauseDoesNot() {
    String text = "Over the next decade, according to the budget office, the deficit will double.";
    assertEquals("Over the next decade", content(text, "decade"));
    assertEquals("the deficit will double", content(text, "deficit"));
    List<Quote> qs = extract("Exports fell sharply, according to the ministry, even as imports rose.");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("Exports fell sharply", qs.get(0).content().text());
  }

  @Test
  void aQuoteAfterAnAttributionEndingInAnAbbreviationContinuesIt() {
    List<Quote> qs = extract("\"We will be back,\" said Ann Lee of Dayton, Ohio. \"This is not over.\"");
    assertEquals(containing(qs, "We will be back").cue(), containing(qs, "This is not over").cue());
  }

  @Test
  void anAttributionClosingTheSentenceOutranksACueInsideItsContent() {
    Quote q = containing(extract("The mayor promised to rebuild the bridge, an aide said."), "promised");
    assertEquals("The mayor promised to rebuild the bridge", q.content().text());
    assertEquals("an aide", q.speaker().orElseThrow().span().text());
  }

  @Test
  void aButThatContinuesTheClaimStaysInTheContent() {
    assertEquals("the talks were useful, but also that more work was needed",
        content("The envoy said the talks were useful, but also that more work was needed.", "talks"));
    assertEquals("the vote was close", content("The mayor said the vote was close, but the count went on.", "vote"));
  }

  @Test
  void aSecondCueOfTheSourceEndsTheFirstContent() {
    assertEquals("the plant would close",
        content("The company said the plant would close and added that jobs would go.", "plant"));
    assertEquals("the loss was larger than expected", // the tagger reads "warned" as a participle there
        content("Analysts said the loss was larger than expected and warned that cuts were likely.", "loss"));
    assertEquals("the new budget",
        content("The senator praised the new budget but warned against more cuts.", "budget"));
    assertEquals("the bill", content("The governor backed the bill but said it came late.", "bill"));
    assertEquals("Hale had \"betrayed the trust of every resident\"", content("Judge Helen Marsh said Hale had "
        + "\"betrayed the trust of every resident\" and ordered him to repay $2.3 million.", "betrayed"));
    assertEquals("the economy would soon rebound", content(
        "The president said the economy would soon rebound and praised the central bank for its work.", "rebound"));
    assertEquals("the port had been hacked",
        content("Reyes said the port had been hacked and she accused the union of leaking the codes.", "hacked"));
    assertEquals("the port had been hacked and she feared more attacks",
        content("Reyes said the port had been hacked and she feared more attacks.", "hacked"));
  }

  @Test
  void aVerbAfterButInAClauseGoesOnWithTheClausesSubject() {
    assertEquals("that the board had discussed a cut but decided the case was not yet strong enough", content(
        "Governor Anna Weber told a news conference that the board had discussed a cut but decided the case was not "
        + "yet strong enough.", "board"));
    assertEquals("that the data had been exposed", // a concession: the source's next act follows
        content("The company acknowledged that the data had been exposed but denied that any customer was harmed.",
            "exposed"));
    assertEquals("the army had opened an inquiry",
        content("The spokesman said the army had opened an inquiry but declined to give details.", "inquiry"));
  }

  @Test
  void theTermsOfAnonymityAreNoPartOfTheContent() {
    assertEquals("the strike", content("A defense official confirmed the strike on condition of anonymity.", "strike"));
    assertEquals("the plan had been shelved", content(
        "An aide said the plan had been shelved on the condition that he not be named.", "shelved"));
  }

  @Test
  void aParticipleAfterAndContinuesThePassiveBeforeIt() {
    assertEquals("the driver had been arrested at the scene and charged with manslaughter",
        content("Police said the driver had been arrested at the scene and charged with manslaughter.", "driver"));
  }

  @Test
  void aQuoteOpenedInTheContentCarriesItPastTheSentenceEnd() {
    assertEquals("that “the turnout will help. We expect a good night.”",
        content("The mayor said that “the turnout will help. We expect a good night.” Polls close at eight.", "turnout"));
  }

  @Test
  void aClosingSingleQuoteAndThePunctuationInsideItStay() {
    assertEquals("the rule was ‘a step too far.’",
        content("The senator said the rule was ‘a step too far.’", "rule"));
    assertEquals("Tax plan is ‘a gift to the rich.’",
        content("Warren: Tax plan is ‘a gift to the rich.’\n\nThe senator spoke on Monday.", "Tax plan"));
  }

  @Test
  void anAbbreviationKeepsItsPeriodAtTheEnd() {
    assertEquals("the storm hit the coast near Eureka, Calif.",
        content("Officials said the storm hit the coast near Eureka, Calif. Power was cut.", "storm"));
    assertEquals("the plan helps the U.S.",
        content("The envoy said the plan helps the U.S.\n\nTalks resume today.", "plan"));
  }

  @Test
  void aClosingTimeOrOccasionLeavesAnObjectContent() {
    assertEquals("the new trade pact", content("The senator endorsed the new trade pact on Thursday.", "pact"));
    assertEquals("the mayor's budget", content("The governor mocked the mayor's budget in a tweet.", "budget"));
    assertEquals("the sale for the last time",
        content("The board discussed the sale for the last time on Friday.", "sale"));
    assertEquals("to cut taxes on Monday", content("The senator promised to cut taxes on Monday.", "taxes"));
  }

  @Test
  void aComparisonAfterACommaIsTheWritersOwn() {
    assertEquals("40 percent back the plan",
        content("The poll found 40 percent back the plan, compared with 30 percent in May.", "plan"));
  }

  @Test
  void aMixedQuoteStartsAfterASentenceEndTheSplitterMissed() {
    assertEquals("That was no way to treat a guest,", content(
        "The envoy felt slighted. No cameras were allowed in. ''That was no way to treat a guest,'' he said later.",
        "treat a guest"));
  }

  @Test
  void aNounCompletedByThatIsPartOfTheContent() {
    assertEquals("the notion that the party was split",
        content("The chairman rejected the notion that the party was split.", "notion"));
    assertEquals("reports that the plant would close",
        content("The company dismissed reports that the plant would close.", "plant"));
    assertEquals("that talks would resume", content("The minister told reporters that talks would resume.", "talks"));
  }

  @Test
  void anObjectLeavesOutAClosingDateOrInterview() {
    assertEquals("his candidacy", content("The governor announced his candidacy in June 2015.", "candidacy"));
    assertEquals("the mayor", content("She defended the mayor in a recent interview with The Post.", "mayor"));
    assertEquals("the Republican nominees",
        content("He voted for the Republican nominees in 2008 and 2012.", "nominees"));
  }

  @Test
  void anObjectLeavesOutTheMediumAndWhatDescribesIt() {
    assertEquals("dock workers", content("The mayor thanked dock workers at a rally in Oakland, Calif.", "workers"));
    assertEquals("the port plan",
        content("The governor criticized the port plan during a campaign speech to 3,000 people.", "port plan"));
    assertEquals("the fee", content("The union attacked the fee on Twitter before the vote.", "fee"));
    assertEquals("the union as a cartel",
        content("The mayor attacked the union as a cartel during the first presidential debate Monday night.", "union"));
    assertEquals("their views on Reyes meeting with port owners",
        content("We asked their views on Reyes meeting with port owners.", "views"));
  }

  @Test
  void aSubordinateClauseEndsAtItsComma() {
    assertEquals("the plan", content("When the senator criticized the plan, the governor defended it.", "plan"));
  }

  @Test
  void aParticipleCueAfterAQuoteClosingOnItsCommaStartsItsOwnContent() {
    String text = "Lee said the vote was \"a disgrace,\" adding that he would appeal.";
    assertEquals("the vote was \"a disgrace,\"", content(text, "disgrace"));
    Quote added = containing(extract(text), "would appeal");
    assertEquals("adding", added.cue().orElseThrow().text());
    assertEquals("Lee", added.speaker().orElseThrow().span().text());
  }

  @Test
  void explainAndNoteTakeAnObject() {
    assertEquals("the differences between the two plans",
        content("The actor explained the differences between the two plans.", "differences"));
    assertEquals("a planned rally in Sioux City", content("She noted a planned rally in Sioux City.", "rally"));
  }

  @Test
  void contentCutByAnotherAttributionLeavesOutTheDanglingLink() {
    assertEquals("the news media",
        content("Reyes again criticized the news media, though the mayor said the coverage was fair.", "media"));
  }

  @Test
  void aSubordinateClauseAfterAnObjectIsNotContent() {
    assertEquals("the port plan", content("Reyes endorsed the port plan after the union dropped its strike.", "port"));
    assertEquals("the mayor as a reformer",
        content("Few people described the mayor as a reformer when she first ran for office.", "reformer"));
    assertEquals("the levy", content("The council backed the levy before voting on the budget.", "levy"));
    assertEquals("Reyes as saying the port would close",
        content("The Herald quoted Reyes as saying the port would close.", "port"));
  }

  @Test
  void aTimeOrOccasionClosingTheClauseIsNotContent() {
    assertEquals("Ann Lee", content("The union, which endorsed Ann Lee in November, is widely seen as liberal.", "Lee"));
    assertEquals("Park", content("Lee endorsed Park in late May and said he would campaign with him.", "Park"));
    assertEquals("the port", content("Ruiz praised the port during the debate, citing new jobs.", "port"));
  }

  @Test
  void evidenceThatIsOneNounPhrase() {
    assertEquals("little evidence that the mill paid its debts",
        content("Public records show little evidence that the mill paid its debts.", "little evidence"));
    assertEquals("that the mill paid its debts",
        content("Ruiz claimed without any evidence that the mill paid its debts.", "mill paid"));
  }

  @Test
  void aClosingBracketOrPercentSignEndingTheContentIsKeptAndAFinalStopIsNot() {
    assertEquals("the plan had the backing of Sen. Ana Ruiz (D-Ore.)",
        content("The aide said the plan had the backing of Sen. Ana Ruiz (D-Ore.).", "backing"));
    assertEquals("turnout reached a record 39%", content("Officials said turnout reached a record 39%.", "turnout"));
    assertEquals("the vote was close (and contested)",
        content("Observers said the vote was close (and contested).", "vote was close"));
    assertEquals("the count was over", content("Observers said the count was over.", "count"));
  }

  @Test
  void anotherSpeakerAfterACommaStartsTheirOwnRelation() {
    List<Quote> qs = extract("Six in 10 voters said Lee is honest, and three-quarters said the same of Ruiz.");
    assertEquals("Lee is honest", containing(qs, "honest").content().text());
    assertEquals("three-quarters", containing(qs, "Ruiz").speaker().orElseThrow().span().text());
    qs = extract("Ruiz said the levy was fair, though Mayor Ann Lee said voters would reject it.");
    assertEquals("the levy was fair", containing(qs, "levy").content().text());
    assertEquals("Mayor Ann Lee", containing(qs, "reject").speaker().orElseThrow().span().text());
  }

  @Test
  void aPluralSpeechNounBetweenCueAndClauseIsSkipped() {
    assertEquals("he had sold the boat", content("Moss wrote in both listings he had sold the boat.", "sold"));
  }

  @Test
  void theWritersCommentOnTheClaimEndsTheContent() {
    assertEquals("the plant would close in May",
        content("Lopez said the plant would close in May, a claim the company denied.", "plant would"));
    assertEquals("the mill would close",
        content("Reyes said the mill would close, a move that could cost 300 jobs.", "mill would"));
    assertEquals("the vote was held in May, a month earlier than planned",
        content("Ruiz said the vote was held in May, a month earlier than planned.", "vote was held"));
    List<Quote> qs = extract("Lee said the count was rigged, a charge that party leaders denied, "
        + "noting that they had used the same rules since 2004.");
    assertEquals("the count was rigged", containing(qs, "count was").content().text());
    Quote denied = qs.stream().filter(q -> q.content().text().equals("that")).findFirst().orElseThrow();
    assertEquals("denied", denied.cue().orElseThrow().text()); // the relative pronoun is what they denied
    assertEquals("party leaders", denied.speaker().orElseThrow().span().text());
  }

  @Test
  void aMediumAfterAQuotedObjectIsNoContentHoweverTheQuoteIsTagged() {
    assertEquals("the bill \"government overreach\"", // the tagger reads "overreach" as a verb there
        content("Her challenger, Jack Monroe, called the bill \"government overreach\" in a post on Facebook.",
            "overreach"));
  }

  @Test
  void aParticipleAfterAnInfinitiveContentIsTheWritersResult() {
    assertEquals("to hear a challenge to the law",
        content("The court agreed to hear a challenge to the law, setting up a major test of free speech.",
            "challenge"));
  }

  @Test
  void socialMediaIsAMediumNotContent() {
    assertEquals("the decision", content("Abbott hailed the decision on social media.", "decision"));
    assertEquals("the news media for the confusion",
        content("The senator blamed the news media for the confusion.", "confusion"));
  }

  @Test
  void encouragedOrCalledAfterAndIsTheSourcesNextAct() {
    List<Quote> qs = extract("The senator wrote that the bill was a disgrace and encouraged voters to call their "
        + "representatives.");
    assertEquals("that the bill was a disgrace", containing(qs, "disgrace").content().text());
    List<Quote> rs = extract("The transit authority said it remained committed to a deal and called the vote "
        + "\"a negotiating tactic.\"");
    assertEquals("it remained committed to a deal", containing(rs, "committed").content().text());
  }

  @Test
  void withoutGivingDetailsIsTheWritersNote() {
    List<Quote> qs = extract("Zelenskiy wrote on Telegram that his forces had repelled the attack, without giving "
        + "details.");
    assertEquals("that his forces had repelled the attack", containing(qs, "repelled").content().text());
    List<Quote> rs = extract("Aides said the plan would pay for itself, without raising taxes on the middle class.");
    assertTrue(containing(rs, "pay for itself").content().text().endsWith("middle class"), rs.toString());
    List<Quote> ts = extract("Lee backed the plan, without offering specifics.");
    assertEquals("without offering", containing(ts, "specifics").cue().orElseThrow().text());
  }

  @Test
  void aRelativeClauseOrAWritersCommentEndsAtACommaInsideTheClosingMark() {
    List<Quote> qs = extract("The mayor, who described the attack as \"cowardly,\" ordered flags lowered.");
    assertEquals("the attack as \"cowardly,\"", containing(qs, "cowardly").content().text());
    List<Quote> rs = extract("She said the bill was \"dead on arrival,\" a view shared by most analysts.");
    assertEquals("the bill was \"dead on arrival,\"", containing(rs, "arrival").content().text());
  }

  @Test
  void whatAStatementCausedAndTheMainClausesNextActEndTheContent() {
    List<Quote> qs = extract("Sanders told the crowd the system was \"rigged,\" drawing loud cheers.");
    assertEquals("the system was \"rigged,\"", containing(qs, "rigged").content().text());
    List<Quote> rs = extract("Pence defended the remarks, saying they had been \"taken out of context,\" and urged "
        + "voters to focus on the issues.");
    assertEquals("they had been \"taken out of context,\"", containing(rs, "context").content().text());
  }
}

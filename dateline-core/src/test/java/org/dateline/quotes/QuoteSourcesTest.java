package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Speaker phrases: appositive chains, adjuncts between speaker and cue, mistagged names. */
class QuoteSourcesTest {

  static String speaker(String text, String content) {
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
    assertEquals("Josh Lee, the harbor spokesman",
        speaker("Josh Lee, the harbor spokesman, speaking to reporters, said the levy was dead.", "levy was dead"));
    assertEquals("Sen. Ana Ruiz, D-Ore.",
        speaker("Sen. Ana Ruiz, D-Ore., appearing on a radio show, said the port would close.", "port would close"));
    assertEquals("The county judge",
        speaker("The county judge -- who has presided over the case since May -- said the trial would resume.",
            "trial would resume"));
  }

  @Test
  void oneAppositiveWithARelativeClauseOrACompanion() {
    assertEquals("Ray Dunn, the owner of the Tigers who turned down the offer,",
        speaker("Ray Dunn, the owner of the Tigers who turned down the offer, says he may run.", "may run"));
    assertEquals("Kim, along with her deputy Lou Park,",
        speaker("Kim, along with her deputy Lou Park, say the mayor ignored them.", "mayor ignored"));
  }

  @Test
  void aQuotedTitleMayCloseTheAppositive() {
    assertEquals("Ann Lee, the author of \"Harbor Lights,\"",
        speaker("Ann Lee, the author of \"Harbor Lights,\" said the port would close.", "port would close"));
    assertEquals("Ray Dunn, host of WHRB’s “Morning Tide,”",
        speaker("Ray Dunn, host of WHRB’s “Morning Tide,” suggested the vote was rigged.", "vote was rigged"));
    assertEquals("Lou Park, the critic who panned ''Dock Work Is Over,''", speaker(
        "Lou Park, the critic who panned ''Dock Work Is Over,'' said the sequel was worse.", "sequel was worse"));
  }

  @Test
  void aWordSplitByTheTokenizerStaysWhole() {
    assertEquals("Best-selling author Ann Lee",
        speaker("Best-selling author Ann Lee said the port would close.", "port would close"));
    assertEquals("The all-male panels", speaker("The all-male panels argued that the rule was fair.", "rule"));
    assertEquals("Ann Lee", speaker("-Ann Lee explains why the port closed.", "port closed"));
  }

  @Test
  void aCityAndItsStateStayInsideTheAppositive() {
    assertEquals("Reyes", speaker("Reyes, speaking at a rally in Wilmington, N.C., warned that the port would close.",
        "port would close"));
    assertEquals("Reyes", speaker("Reyes, during a town hall in Columbus, Ohio, said the levy was dead.", "levy"));
    assertEquals("Johnnie Lee, of Springfield, Va.,",
        speaker("Johnnie Lee, of Springfield, Va., said he had fought in Vietnam.", "Vietnam"));
    assertEquals("A handful of pilots in Pasadena, Calif.,", speaker("PASADENA, Calif. (AP) — A handful of pilots in "
        + "Pasadena, Calif., said the air show would go on.", "air show"));
  }

  @Test
  void aQuantityOrNegationBeforeTheSubjectBelongsToIt() {
    assertEquals("Not everyone", speaker("Not everyone agreed that the levy was fair.", "levy was fair"));
    assertEquals("As many as 40 percent of dockers",
        speaker("As many as 40 percent of dockers said the port would close.", "port would close"));
    assertEquals("at least some of the pilots",
        speaker("But at least some of the pilots say the rule goes too far.", "too far"));
  }

  @Test
  void countedAndParticipleSubjects() {
    assertEquals("About three in 10", speaker("About three in 10 said they were unhappy with the council.", "unhappy"));
    assertEquals("those surveyed", speaker("By wide margins, those surveyed say taxes are too high.", "taxes"));
    assertEquals("One of her aides, Dan Cole,",
        speaker("One of her aides, Dan Cole, told reporters that the bus had left.", "bus had left"));
  }

  @Test
  void aParticiplesSpeakerIsTheMainSubjectPastItsRelativeClause() {
    assertEquals("Sen. Ann Ruiz, who faces a tough race in the fall,", speaker("Sen. Ann Ruiz, who faces a tough race "
        + "in the fall, issued a statement on Tuesday, saying the port plan was dead.", "port plan"));
    assertEquals("Republicans, who hold a majority on the council,", speaker("Republicans, who hold a majority on the "
        + "council, blocked the vote, saying the budget was too large.", "budget"));
    assertEquals("who", speaker("Mr. Ruiz, who has endorsed Lee and criticized his campaign, spoke on Tuesday, "
        + "stressing that the port would stay open.", "Lee")); // a cue inside keeps its own relation
  }

  @Test
  void aParticipleTakesItsOwnSentencesSubjectBeforeTheLastSentencesSpeaker() {
    assertEquals("he", speaker("Mr. Lee did not respond to requests for an interview. In television interviews on "
        + "Sunday, he defended the port plan, saying that the fees would fall.", "fees would fall"));
    assertEquals("she", speaker("Ms. Ruiz's campaign vowed Tuesday to remain in the race. As word of the results "
        + "rolled in, she gave a defiant speech in Dover, predicting she would win the state.", "win the state"));
  }

  @Test
  void aParticipleAfterANounSpeaksForTheNounAfterTheLastPreposition() {
    assertEquals("a new poll", speaker("The council acted in the wake of a new poll showing strong support for the "
        + "levy.", "strong support"));
    assertEquals("recent polls", speaker("The mayor needs their support, with recent polls showing a tight race.",
        "tight race"));
    assertEquals("a chorus of dock workers", speaker("The mayor heard from a chorus of dock workers urging him to "
        + "resign.", "resign"));
    assertEquals("the Harbor Federation of Pilots", speaker("The mayor met in Dover with the Harbor Federation of "
        + "Pilots calling for a new levy.", "new levy"));
  }

  @Test
  void aParticipleOrAClauseAfterAQuoteHasNoInvertedSpeaker() {
    List<Quote> qs = extract("Senate leader Mitch Reyes dismissed the proposal as \"a political stunt,\" telling "
        + "reporters it had no chance of passing.");
    Quote stunt = containing(qs, "stunt");
    assertEquals("Senate leader Mitch Reyes", stunt.speaker().orElseThrow().span().text());
    Quote passing = containing(qs, "no chance");
    assertEquals("it had no chance of passing", passing.content().text());
    assertEquals("reporters", passing.speaker().orElseThrow().addressee().orElseThrow().text());
    List<Quote> rs = extract("Lopez, who called the decision \"deeply disappointing,\" said she would consider "
        + "her options.");
    Quote options = containing(rs, "her options");
    assertEquals("she would consider her options", options.content().text());
    assertTrue(options.speaker().orElseThrow().span().text().startsWith("Lopez"), rs.toString());
    Quote warning = containing(extract("Critics called the plan reckless, warning it could bankrupt the fund."),
        "bankrupt");
    assertEquals("it could bankrupt the fund", warning.content().text());
    assertTrue(warning.speaker().orElseThrow().addressee().isEmpty(), warning.toString());
  }

  @Test
  void anInvertedSpeakerEndsBeforeAClosingPrepositionalPhrase() {
    assertEquals("a spokesman for the assembly", speaker("The vote was delayed, said a spokesman for the assembly, "
        + "without giving a reason.", "vote was delayed"));
    assertEquals("Susan Lee, then the mayor's adviser,", speaker("The plan was dead, said Susan Lee, then the mayor's "
        + "adviser, in an interview.", "plan was dead"));
  }

  @Test
  void aParticipleAfterAClosingAttributionIsItsOwnRelation() {
    String text = "Turnout was about 60 percent, the electoral commission said, citing preliminary figures.";
    assertEquals("Turnout was about 60 percent", containing(extract(text), "Turnout").content().text());
    Quote citing = containing(extract(text), "preliminary");
    assertEquals("citing", citing.cue().orElseThrow().text());
    assertEquals("the electoral commission", citing.speaker().orElseThrow().span().text());
  }

  @Test
  void aTitleWordTaggedAsAVerbOpensAnInvertedSpeaker() {
    assertEquals("lead author Dr. Ann Cole", speaker("\"This is a big step,\" said lead author Dr. Ann Cole. \"But "
        + "more work is needed.\"", "more work"));
  }

  @Test
  void aLoneOneOrAnotherAfterTheCueSpeaks() {
    assertEquals("one, a welder from Dover", speaker("\"I have two kids,\" said one, a welder from Dover. \"But this "
        + "is about respect.\"", "respect"));
    assertEquals("another", speaker("\"We are ready,\" said another.", "ready"));
  }

  @Test
  void aSurveyParticipleKeepsItsPrepositionalPhraseInTheSource() {
    assertEquals("Workers interviewed outside the plant", speaker("Workers interviewed outside the plant said they "
        + "were prepared to stay out for months.", "stay out"));
    assertEquals("A poll conducted by the union in March", speaker("A poll conducted by the union in March showed "
        + "that most members backed the strike.", "backed the strike"));
  }

  @Test
  void aGroupWithItsMembersSpeaksThoughNoneIsNamed() {
    assertEquals("Critics, including several harbor pilots,", speaker("Critics, including several harbor pilots, have "
        + "argued that the levy is unaffordable.", "unaffordable"));
    assertEquals("Critics, including Ann Lee,", speaker("Critics, including Ann Lee, said the levy was unfair.",
        "unfair"));
  }

  @Test
  void anAddresseeMayStandBetweenCueAndQuote() {
    Quote q = containing(extract("Spokesman Ed Lowe told the Gazette, \"We have done nothing wrong in this case.\""),
        "nothing wrong");
    assertEquals("Spokesman Ed Lowe", q.speaker().orElseThrow().span().text());
    assertEquals("told", q.cue().orElseThrow().text());
  }

  @Test
  void anAdjunctMayCloseAnAttributionAfterItsContent() {
    Quote q = containing(extract("The bridge will stay closed until May, city engineer Ann Cole told the Herald on Monday."),
        "bridge will stay closed");
    assertEquals("The bridge will stay closed until May", q.content().text());
    assertEquals("city engineer Ann Cole", q.speaker().orElseThrow().span().text());
    assertEquals("the driver",
        speaker("The road was unsafe, the driver said after the crash.", "road was unsafe"));
  }

  @Test
  void anInvertedSpeakerStopsBeforeAParticiple() {
    assertEquals("Jo Vance, a lawyer for the family,", // PolNeAR keeps the comma
        speaker("\"We will appeal,\" said Jo Vance, a lawyer for the family, referring to the verdict.",
            "We will appeal"));
    assertEquals("Jo Vance, a lawyer for the family,",
        speaker("\"We will appeal,\" said Jo Vance, a lawyer for the family, on Monday.", "We will appeal"));
    assertEquals("Ray Dunn, a port analyst,",
        speaker("\"The port is dead,\" said Ray Dunn, a port analyst, via email.", "port is dead"));
    assertEquals("Ann Lee, whose ward includes the docks, on the South Side", speaker( // inside the relative clause
        "\"We won,\" said Ann Lee, whose ward includes the docks, on the South Side.", "We won"));
  }

  @Test
  void speakerPhraseEdges() {
    assertEquals("Mayor Joan Pratt", speaker("Mayor Joan Pratt on Thursday said the pool would reopen.", "pool"));
    assertEquals("who", speaker("The board met Joan Pratt, who last year said the pool would reopen.", "pool"));
    assertEquals("who", speaker("The board met Joan Pratt, who in 2019 said the pool would reopen.", "pool"));
    assertEquals("Reyes", speaker("In a radio interview Reyes declared the port plan dead.", "plan dead"));
    assertEquals("Reyes", speaker("At the moment Reyes learned the port would close, she was in Leeds.", "close"));
    assertEquals("the harbor columnist Ann Lee",
        speaker("As the harbor columnist Ann Lee wrote last year, the port plan was dead.", "plan was dead"));
    assertEquals("who", speaker("The board met Joan Pratt, who in March 2019 said the pool would reopen.", "pool"));
    assertEquals("The union", speaker("The union has this week urged the board to cut fees.", "cut fees"));
    assertEquals("The bank", speaker("The bank just this month announced it would drop the fees.", "drop the fees"));
    assertEquals("A poll from Harbor College released Wednesday",
        speaker("A poll from Harbor College released Wednesday found most residents back the port plan.", "residents"));
    assertEquals("Mayor Joan Pratt",
        speaker("HARTFORD — Mayor Joan Pratt claimed the budget was balanced.", "budget was balanced"));
    assertEquals("At least three council members",
        speaker("At least three council members claim the vote was rushed.", "vote was rushed"));
    assertEquals("A Courier/Ledger poll", speaker("A Courier/Ledger poll found that most residents were undecided.",
        "residents were undecided"));
    assertEquals("One longtime adviser to Governor Lee",
        speaker("One longtime adviser to Governor Lee said the race was close.", "race was close"));
    Quote q = extract("The changes she proposed last year would cut taxes.").stream()
        .filter(x -> x.cue().map(c -> c.text().equals("proposed")).orElse(false)).findFirst().orElseThrow();
    assertEquals("she", q.speaker().orElseThrow().span().text());
  }

  @Test
  void aPostModifiedHeadAndAnOpeningParticipleBelongToTheSpeaker() {
    assertEquals("An aide familiar with the talks",
        speaker("An aide familiar with the talks said the deal was close.", "deal was close"));
    assertEquals("Surveys released Monday", speaker("Surveys released Monday showed Lopez ahead.", "Lopez ahead"));
    assertEquals("Retired nurse Anne Keller",
        speaker("Retired nurse Anne Keller said the base would close.", "base would close"));
  }

  @Test
  void theWritersConnectiveStandsBetweenSpeakerAndCue() {
    assertEquals("Ortiz", speaker("Ortiz, however, said the bridge would stay shut.", "bridge would stay"));
    assertEquals("Ortiz", speaker("Ortiz, for his part, has said the bridge would stay shut.", "bridge would stay"));
    assertEquals("Ortiz", speaker("Ortiz meanwhile said the bridge would stay shut.", "bridge would stay"));
  }

  @Test
  void aNameWhoseRelativeClauseSpeaksSpeaksAgain() {
    assertEquals("Okafor", speaker("Okafor, who said he had voted twice, said the line was too long.", "line was too"));
  }

  @Test
  void aVerbAfterTheAppositiveIsFiniteWhateverItsTag() {
    assertEquals("Ann Bell, a spokeswoman for the mayor,", speaker(
        "Ann Bell, a spokeswoman for the mayor, called on the council to act and said the delay was costly.",
        "delay was costly"));
    assertEquals("Ann Bell, an aide whose office was closed by the city,",
        speaker("Ann Bell, an aide whose office was closed by the city, said she would appeal.", "would appeal"));
  }

  @Test
  void theFirstVerbOfAListHasTheSubject() {
    assertEquals("they", speaker("Soon they changed course, opened the doors and said everyone could vote.",
        "everyone could vote"));
  }

  @Test
  void theListenerOfToldEndsBeforeTheReportedClause() {
    assertEquals("she would rather stay home", containing(
        extract("Lane told The Post-Courier of Charleston last week she would rather stay home."), "rather stay")
        .content().text());
    assertEquals("the fund was empty",
        containing(extract("He told Reuters Canada the fund was empty."), "fund was empty").content().text());
  }

  @Test
  void anAppositiveMayOpenWithAlso() {
    assertEquals("Sen. Ann Ruiz (D-Ore.), also a candidate for governor,", speaker(
        "Sen. Ann Ruiz (D-Ore.), also a candidate for governor, said the tax was unfair.", "tax was unfair"));
  }

  @Test
  void prepositionalPostModifiersAndAnInvertedAgedName() {
    assertEquals("Republicans on the committee",
        speaker("Republicans on the committee said the bill would pass.", "bill would pass"));
    assertEquals("a source involved in the talks",
        speaker("\"It is over,\" says a source involved in the talks.", "It is over"));
    assertEquals("Mona Lake, 59, of Leeds", speaker("\"I like him,\" said Mona Lake, 59, of Leeds.", "I like him"));
  }

  @Test
  void aParticipleAfterAPrepositionStaysInTheSource() {
    assertEquals("40 percent of registered voters",
        speaker("Still, 40 percent of registered voters say they would back the levy.", "back the levy"));
  }

  @Test
  void anInvertedSpeakerKeepsItsPrepositionsParenthesisAndOpeningParticiple() {
    assertEquals("a spokesman for the port authority",
        speaker("\"The dock is closed,\" said a spokesman for the port authority.", "dock is closed"));
    assertEquals("one of the organizers",
        speaker("\"We ran out of chairs,\" said one of the organizers.", "ran out of chairs"));
    assertEquals("Sen. Ann Ruiz (D-Ore.)", speaker("\"It is a bad bill,\" said Sen. Ann Ruiz (D-Ore.).", "bad bill"));
    assertEquals("retired teacher Ann Ruiz",
        speaker("\"The school is too small,\" said retired teacher Ann Ruiz.", "school is too small"));
    assertEquals("Ann Ruiz", speaker("\"It rained all week,\" said Ann Ruiz in a statement.", "rained all week"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeAClauseOrParticiple() {
    assertEquals("Ann Ruiz",
        speaker("\"I will not run,\" said Ann Ruiz, asked about her plans for the fall.", "will not run"));
    assertEquals("Ann Ruiz, managing editor of the Courier,",
        speaker("\"We print daily,\" said Ann Ruiz, managing editor of the Courier, noting the cost.", "print daily"));
  }

  @Test
  void wordsBetweenAQuoteAndItsCueNameTheSpeaker() {
    assertEquals("Mr. Hale, of Acme Capital,",
        speaker("\"Sales are slowing,\" Mr. Hale, of Acme Capital, said.", "Sales are slowing"));
    assertEquals("Mr. Hale, now 81 and retired in Dover, Del.,",
        speaker("''I was never told,'' Mr. Hale, now 81 and retired in Dover, Del., said by telephone.",
            "never told"));
    assertEquals("retired Navy admiral Ann Lee",
        speaker("Reyes \"is the only candidate who can win the seat,\" retired Navy admiral Ann Lee said.",
            "only candidate"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeARelativeClauseOfSaying() {
    assertEquals("Ann Lee", speaker("\"We lost,\" said Ann Lee, who said the team would regroup.", "We lost"));
  }

  @Test
  void anInvertedSpeakerRunsPastTheAbbreviationInItsParty() {
    assertEquals("Rep. Ann Lee (D-N.C.), head of the harbor caucus",
        speaker("“This is a sad day,” said Rep. Ann Lee (D-N.C.), head of the harbor caucus.", "sad day"));
  }

  @Test
  void aTimeAdjunctBeforeTheCueIsNotTheSpeaker() {
    assertEquals("Tom Reed, the council chairman,", speaker(
        "Tom Reed, the council chairman, this past week announced that the vote would be delayed.", "vote would"));
    assertEquals("Sen. Ann Ruiz (D-Ore.)", speaker("Sen. Ann Ruiz (D-Ore.) last week said the tax was unfair.", "unfair"));
    assertEquals("Time", speaker("Every December, Time announces that a new cover is ready.", "new cover"));
  }

  @Test
  void aPollKeepsItsReleaseTime() {
    assertEquals("A Harbor Institute poll released last week", speaker(
        "A Harbor Institute poll released last week found that most residents oppose the levy.", "oppose the levy"));
    assertEquals("A county survey out Monday",
        speaker("A county survey out Monday shows the mayor trailing by six points.", "mayor trailing"));
  }

  @Test
  void partitivesAndCoordinatedPronouns() {
    assertEquals("Most of them", speaker("Most of them said they had enjoyed working at the plant.", "enjoyed"));
    assertEquals("Neither Lowe nor Park", speaker("Neither Lowe nor Park said the plan would work.", "plan would"));
    assertEquals("She and her aides", speaker("She and her aides said the plan would work.", "plan would"));
  }

  @Test
  void anInvertedSpeakerKeepsItsPrepositionalPhraseButNotTheMedium() {
    assertEquals("Ms. Dale of the Harbor Trust",
        speaker("\"We need new revenue,\" said Ms. Dale of the Harbor Trust.", "new revenue"));
    assertEquals("health economist Mara Lind in Boston",
        speaker("The clinic is crucial, says health economist Mara Lind in Boston.", "clinic is crucial"));
    assertEquals("Mayor Don Hale",
        speaker("\"We made mistakes,\" said Mayor Don Hale in a statement.", "made mistakes"));
  }

  @Test
  void aNounPhraseBetweenDashesBelongsToTheSpeaker() {
    assertEquals("Many residents at the meeting — including teachers and nurses —", speaker(
        "Many residents at the meeting — including teachers and nurses — said the clinic should stay open.",
        "clinic should"));
    assertEquals("Tom Hale -- a teacher from Leeds --",
        speaker("Tom Hale -- a teacher from Leeds -- says he voted for the mayor.", "voted for"));
  }

  @Test
  void partitiveAndEarlySubjects() {
    assertEquals("Some of the mayor's longtime allies",
        speaker("Some of the mayor's longtime allies said the plan was doomed.", "plan was doomed"));
    assertEquals("Early results of an exit poll",
        speaker("Early results of an exit poll show the mayor winning easily.", "mayor winning"));
  }

  @Test
  void aRestrictiveRelativeClauseBelongsToTheSpeaker() {
    assertEquals("The county officials whose budgets have been cut", speaker(
        "The county officials whose budgets have been cut say the real damage is still to come.", "real damage"));
    assertEquals("Residents who live near the plant",
        speaker("Residents who live near the plant say the water tastes strange.", "water tastes"));
    assertEquals("parents", speaker("The board cut a program that parents say was vital.", "was vital"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeAVerbOrParticipleAfterItsComma() {
    Quote q = containing(extract("The deal with the union, said Lowe and others, would be signed by Friday."), "signed");
    assertEquals("Lowe and others", q.speaker().orElseThrow().span().text());
    assertEquals("would be signed by Friday", q.content().text());
    assertEquals("Murphy", speaker("\"It is over,\" said Murphy, referring to the strike.", "It is over"));
    assertEquals("one Republican involved in the planning",
        speaker("\"We will spend millions,\" said one Republican involved in the planning.", "spend millions"));
    assertEquals("one well-connected Democrat",
        speaker("\"It is close,\" said one well-connected Democrat.", "It is close"));
  }

  @Test
  void anInvertedSpeakersAppositiveEndsBeforeAWhoClauseOfSaying() {
    List<Quote> qs = extract("\"We think early money matters,\" said Ann Ruiz, the chamber's strategist, who added that"
        + " her group will focus on local races.");
    assertEquals("Ann Ruiz, the chamber's strategist,", containing(qs, "early money").speaker().orElseThrow().span().text());
    assertEquals("who", containing(qs, "local races").speaker().orElseThrow().span().text());
  }

  @Test
  void aListOfSpeakersOpeningTheClauseIsOneSource() {
    assertEquals("His wife, friends and neighbors",
        speaker("His wife, friends and neighbors said the fire had spread fast.", "fire had spread"));
    assertEquals("Lee, Park, and two other members",
        speaker("Lee, Park, and two other members say the vote was rigged.", "vote was rigged"));
    assertEquals("Lee and Park", speaker("On Monday, Lee and Park said the vote was rigged.", "vote was rigged"));
  }

  @Test
  void hereAfterTheSpeakerBelongsToIt() {
    assertEquals("Farmers here", speaker("Farmers here say the river has never been this low.", "river has never"));
    assertEquals("61 percent of rural voters overall", speaker("But 61 percent of rural voters overall said the "
        + "river had never been this low.", "river had never"));
  }

  @Test
  void aRatioSpeaksThoughTheTaggerCallsItsVerbAnInterjection() {
    assertEquals("Six in 10", speaker("Six in 10 say he\u2019s at least somewhat decisive.", "decisive"));
  }

  @Test
  void pronounHeadsWithPostModifiersAndPartitiveRelatives() {
    assertEquals("Those close to him", speaker("Those close to him say he would have to pick Don Beyer.", "Beyer"));
    List<Quote> qs = extract("The fishermen, many of whom say the quota is unfair, met on Monday.");
    Quote q = containing(qs, "quota");
    assertEquals("many of whom", q.speaker().orElseThrow().span().text());
    assertEquals("the quota is unfair", q.content().text());
  }

  @Test
  void existentialThereAndCoHostAreNoObstacle() {
    assertEquals("Ruiz", speaker("Ruiz says there needs to be a law on port fees.", "law on port"));
    assertEquals("Ruiz", speaker("Ruiz told co-host Joe Dale that he did not know the answer.", "answer"));
    assertEquals("Polls there", speaker("Polls there show Ruiz is trailing.", "trailing"));
  }

  @Test
  void accordingToAfterADashAndThatAfterAPlaceAdjunct() {
    Quote q = containing(extract("Most of the catch is undersized \u2014 or simply illegal \u2014 according to the "
        + "harbor board."), "undersized");
    assertEquals("the harbor board", q.speaker().orElseThrow().span().text());
    assertEquals("Ruiz", speaker("Ruiz says at a campaign stop in Leeds, Maine, that the port will close.", "port"));
  }

  @Test
  void anUnknownNameTaggedForeignAndATitledListener() {
    Quote q = containing(extract("Neera Tanden asked former Attorney General Eric Holder whether he had thoughts on "
        + "the matter."), "thoughts");
    assertEquals("Neera Tanden", q.speaker().orElseThrow().span().text());
    assertEquals("whether he had thoughts on the matter", q.content().text());
  }

  @Test
  void anInvertedSpeakerWithAnAppositiveInterruptsTheClause() {
    List<Quote> qs = extract("The trouble with the port, says Ann Ruiz, a historian at the museum, is that it silts up.");
    Quote rest = containing(qs, "silts");
    assertEquals("Ann Ruiz, a historian at the museum,", rest.speaker().orElseThrow().span().text());
    assertEquals("is that it silts up", rest.content().text());
    assertEquals("The trouble with the port", containing(qs, "trouble").content().text());
    Quote adverb = containing(extract("The trouble with the port, says Ann Ruiz, a historian, still is that it silts "
        + "up."), "silts");
    assertEquals("Ann Ruiz, a historian,", adverb.speaker().orElseThrow().span().text());
    assertEquals("still is that it silts up", adverb.content().text());
  }

  @Test
  void aParticipleIsThePastTenseOfASentenceWithNoOtherVerb() {
    Quote q = containing(extract("The union called for a moratorium on charter schools."), "moratorium");
    assertEquals("The union", q.speaker().orElseThrow().span().text());
    assertEquals("called for", q.cue().orElseThrow().text());
    assertTrue(extract("The union called for talks was small.").stream()
        .noneMatch(r -> r.cue().map(c -> c.text().startsWith("called")).orElse(false)));
  }

  @Test
  void aParticipleAfterAnAppositiveBehindAnOpeningPhraseIsThePastTense() {
    Quote q = containing(extract("On Tuesday, the mayor, a Democrat, said the port would reopen. On radio "
        + "Wednesday, his wife, Jane, called for an open hearing on the port."), "open hearing");
    assertEquals("his wife, Jane,", q.speaker().orElseThrow().span().text());
    assertEquals("called for", q.cue().orElseThrow().text());
  }

  @Test
  void aStudyFromAYearIsASource() {
    assertEquals("another study from 2011", speaker("As another study from 2011 noted, the median age of residents "
        + "was 18.", "median age"));
  }

  @Test
  void aStrayCommaAfterAPartyAndStateLeavesTheName() {
    assertEquals("Sen. Ann Ruiz (D-Ore.)", speaker("Sen. Ann Ruiz (D-Ore.), said, \"We will fix the dam.\"", "dam"));
  }

  @Test
  void aTimePhraseAfterASurveyParticipleOrInsideAChainBelongsToTheSource() {
    assertEquals("Farmers interviewed this week", speaker("Farmers interviewed this week said the river had never "
        + "been this low.", "river had"));
    assertEquals("dozens of farmers interviewed at markets this week, including Ms. Dale,", speaker("But dozens of "
        + "farmers interviewed at markets this week, including Ms. Dale, said the river had never been this low.",
        "river had"));
  }

  @Test
  void aSentenceOpeningEvenDoesNotHideAnAppositiveChain() {
    assertEquals("the harbor's oldest skippers", speaker("Even the harbor's oldest skippers, like Moss and Dale, say "
        + "the channel should be dredged.", "channel should"));
  }

  @Test
  void aRelativeClauseAfterACommonNounOrAConnectiveBeforeIt() {
    assertEquals("One delegate, who spoke on condition of anonymity,",
        speaker("One delegate, who spoke on condition of anonymity, said the vote would be delayed.", "vote would"));
    assertEquals("Vance, whose district borders the lake,",
        speaker("Vance, whose district borders the lake, said the water plan was too costly.", "water plan"));
    assertEquals("Vance",
        speaker("Vance, meanwhile, who sits on the water board, said the plan was too costly.", "plan was too"));
    String longRelative = "Dr. Ana Vance, who as a Navy captain was the chief physician at the naval hospital "
        + "in Norfolk and later retired from the service as a rear admiral, said the clinic had been closed too soon.";
    assertEquals(longRelative.substring(0, longRelative.indexOf(" said")), speaker(longRelative, "clinic had"));
  }

  @Test
  void polledParticiplesAndTimeAgoAroundTheSpeaker() {
    assertEquals("Some 40 percent of farmers polled",
        speaker("Some 40 percent of farmers polled said they expect lower prices.", "lower prices"));
    assertEquals("The ministry",
        speaker("The ministry less than two weeks ago said that the bridge would reopen.", "bridge would"));
    assertEquals("The ministry", speaker("The ministry a few days ago said the bridge would reopen.", "bridge would"));
  }

  @Test
  void segmentsWithRelativesCommasOrPronounObjects() {
    assertEquals("a source close to him",
        speaker("Still, Ruiz will rethink the plan, a source close to him said.", "rethink the plan"));
    assertEquals("Lena Ortiz, acting director of the Harbor Trust, which ran the survey,", speaker(
        "Lena Ortiz, acting director of the Harbor Trust, which ran the survey, said rents rose.", "rents rose"));
    assertEquals("A former mayor -- Tom Ruiz, who lost the 2010 race --",
        speaker("A former mayor -- Tom Ruiz, who lost the 2010 race -- said the plan was weak.", "plan was weak"));
    assertEquals("Many teachers at the meeting — including Ames, Broder, Coyle —",
        speaker("Many teachers at the meeting — including Ames, Broder, Coyle — said the school was cold.", "cold"));
    assertEquals("The clerk of nearly ten years",
        speaker("The clerk of nearly ten years said the files were lost.", "files were lost"));
    assertEquals("Farmers and even some bankers",
        speaker("Farmers and even some bankers say the loan rules are unfair.", "loan rules"));
  }

  @Test
  void aFirstNameTaggedAsAVerbIsPartOfTheName() {
    assertEquals("Port spokeswoman Hope Vance",
        speaker("Port spokeswoman Hope Vance said in a statement that the cranes were safe.", "cranes"));
  }

  @Test
  void postModifiedCoordinatedAndCountedSpeakers() {
    assertEquals("A person familiar with the planning for Thursday’s meeting", speaker(
        "A person familiar with the planning for Thursday’s meeting said the talks would run late.", "talks would"));
    assertEquals("People briefed on the talks",
        speaker("People briefed on the talks said the deal would close soon.", "deal would"));
    assertEquals("His aides and much of the press",
        speaker("His aides and much of the press will tell you that he won.", "he won"));
    assertEquals("Two out of three voters",
        speaker("Two out of three voters say the city is on the wrong track.", "wrong track"));
    assertEquals("Less than a third", speaker("Less than a third say the city is on the wrong track.", "wrong track"));
    assertEquals("Eleven civic and Muslim groups",
        speaker("Eleven civic and Muslim groups said the plan was unfair.", "plan was"));
  }

  @Test
  void aCueCoordinatedInsideASubordinateClauseTakesThatClausesSubject() {
    assertEquals("Lee", speaker("The crowd cheered when Lee spotted a banner and said it was the best he had seen.",
        "best he had"));
  }

  @Test
  void aWhereClauseAfterTheSpeakerBelongsToIt() {
    assertEquals("The Harbor Markets, where traders bet on the outcome,", speaker(
        "The Harbor Markets, where traders bet on the outcome, show the mayor likely to win.", "mayor likely"));
  }

  @Test
  void longParenthesesQuantifiersAndListeners() {
    assertEquals("Vance (who has 25 delegates to date)",
        speaker("Vance (who has 25 delegates to date) said it is possible for him to win.", "possible"));
    assertEquals("all but two", speaker("The mayors met, and all but two said the plan should wait.", "plan should"));
    Quote q = containing(extract("Ruiz told members of the AFL-CIO executive council that the body won’t hold a vote."),
        "hold a vote");
    assertEquals("Ruiz", q.speaker().orElseThrow().span().text());
    assertEquals("that the body won’t hold a vote", q.content().text());
    assertEquals("Ruiz", speaker("Ruiz joked about the port, but went on to say, “There are risks in the harbor.”",
        "risks"));
  }

  @Test
  void aRelativeClauseSpeakerMayHoldAnAdjunctBetweenCommas() {
    assertEquals("Some voters who have heard his speeches over the years, on television or at rallies,", speaker(
        "Some voters who have heard his speeches over the years, on television or at rallies, said he had changed.",
        "had changed"));
  }

  @Test
  void aGroupAppositiveBelongsToTheSpeakers() {
    assertEquals("Sens. Ann Lee of Ohio and Bo Park of Iowa, both up for reelection,", speaker(
        "Sens. Ann Lee of Ohio and Bo Park of Iowa, both up for reelection, said they would back the bill.", "back the"));
  }

  @Test
  void aCountedSpeakerBeforeAVerbTaggedAsANoun() {
    assertEquals("the two", speaker("\"You have picked a new standard,\" the two write.", "new standard"));
  }

  @Test
  void aParentOfACountIsTheSpeaker() {
    assertEquals("the 45-year-old mother of two",
        speaker("\"We will rebuild,\" the 45-year-old mother of two said.", "rebuild"));
  }

  @Test
  void aLeadingEvenIsTheWritersButACoordinatedOneStaysInTheSource() {
    assertEquals("his own allies", speaker("Even his own allies say the plan went too far.", "went too far"));
    assertEquals("Farmers and even some bankers",
        speaker("Farmers and even some bankers say the levy is unfair.", "levy is unfair"));
  }

  @Test
  void aSpeakerPhraseKeepsItsPartitiveCloseToAndToPhrases() {
    assertEquals("Many of you", speaker("Many of you have noted the delay in the vote.", "delay in the vote"));
    assertEquals("Many in the crowd", speaker("Many in the crowd said they would march again.", "march again"));
    assertEquals("Growers and others", speaker("Growers and others said the levy was unfair.", "levy was unfair"));
    assertEquals("People close to the mayor",
        speaker("People close to the mayor felt the attacks were unfair.", "attacks were unfair"));
    assertEquals("The head of the delegation to the forum",
        speaker("The head of the delegation to the forum said the talks would go on.", "talks would go on"));
    assertEquals("Then-Governor Ann Lee", speaker("Then-Governor Ann Lee said the bridge was safe.", "bridge was safe"));
  }

  @Test
  void aToPhraseInsideAnObjectIsNoSpeaker() {
    assertEquals("a group", speaker("Donors gave $5 million to a group backing the levy, filings show.", "the levy"));
  }

  @Test
  void anInvertedSpeakerKeepsItsRelativeClause() {
    assertEquals("a handful of growers who point to the dry spring",
        speaker("The harvest is lost, said a handful of growers who point to the dry spring.", "harvest is lost"));
    assertEquals("Ada Marsh, who still rents a stall there,", speaker(
        "And the market, said Ada Marsh, who still rents a stall there, will not reopen.", "will not reopen"));
    List<Quote> qs = extract("The levee held, said two engineers who say it was never tested.");
    assertTrue(qs.stream().noneMatch(q -> q.speaker().map(x -> x.span().text().contains("who say")).orElse(false)),
        qs.toString()); // the relative clause reports speech of its own
  }

  @Test
  void aVerbTaggedAsANounAfterAPluralSubjectStillCues() {
    assertEquals("Court records from the 2019 budget cycle", speaker(
        "Court records from the 2019 budget cycle show he paid both contractors twice.", "paid both contractors"));
  }

  @Test
  void aConjunctionAfterAVerbsObjectStartsTheSpeakersClause() {
    assertEquals("Lee", speaker("A woman asked for a photo and Lee said \"as long as we pay for the film.\"",
        "pay for the film"));
    List<Quote> qs = extract("The Post will brand you a liar and the Herald will accuse you of panic.");
    assertEquals("the Herald", containing(qs, "of panic").speaker().orElseThrow().span().text());
    assertEquals("you a liar", containing(qs, "a liar").content().text());
    assertEquals("Growers aligned with the union and other groups", speaker(
        "Growers aligned with the union and other groups say the levy is unfair.", "levy is unfair"));
  }

  @Test
  void bothBeforeACoordinatedSpeakerBelongsToIt() {
    assertEquals("both the mayor and her staff",
        speaker("In the end both the mayor and her staff said the bridge was safe.", "bridge was safe"));
  }

  @Test
  void aListOfSpeakersMayFollowAConnectiveOrAnOpeningPhrase() {
    assertEquals("growers, millers, and most county officials", speaker(
        "But growers, millers, and most county officials claim the levy will cost jobs.", "cost jobs"));
    assertEquals("his family, friends and neighbours", speaker(
        "Throughout the night, his family, friends and neighbours said he had been kind.", "had been kind"));
    assertEquals("45% of dockers, 28% of clerks and 12% of pilots", speaker("The port plan splits the workforce: "
        + "45% of dockers, 28% of clerks and 12% of pilots say it goes too far.", "too far"));
  }

  @Test
  void aSubjectKeepsItsInfinitivePostModifier() {
    assertEquals("Growers trying to block the levy", speaker(
        "Growers trying to block the levy say they have the votes.", "have the votes"));
    assertEquals("The last mayor to win a third term", speaker(
        "The last mayor to win a third term says the race is open.", "race is open"));
    assertEquals("Lee and Ruiz", speaker(
        "Hundreds came to hear Lee and Ruiz speak about the flood plan.", "flood plan"));
  }

  @Test
  void aQuantifierMayHeadARelativeClauseSubject() {
    assertEquals("some who farm the delta", speaker(
        "But some who farm the delta argue that the levy goes too far.", "goes too far"));
  }

  @Test
  void agenciesSpelledLikePronounsSpeak() {
    assertEquals("The WHO", speaker("The WHO said the outbreak was under control.", "under control"));
    assertEquals("The US", speaker("The US said the sanctions would stay.", "sanctions would stay"));
    assertEquals("A WHO spokesman", speaker("A WHO spokesman said the vaccine was safe.", "vaccine was safe"));
  }

  @Test
  void aParticipleInAFrontedMediumPhraseIsNoCue() {
    assertEquals("the rebel leader", speaker(
        "In a video posted on social media, the rebel leader said his fighters had taken the town.", "taken the town"));
    assertEquals("environmentalists", speaker( // a subordinator opens a clause: its verb may be a cue
        "While environmentalists welcomed the plan, miners said it would cost jobs.", "the plan"));
  }

  @Test
  void aRelativeClauseThatSaysWhoTheSpeakerIsStaysInTheSpeaker() {
    assertEquals("A man who identified himself as the owner of the shop", speaker(
        "A man who identified himself as the owner of the shop said he had lost everything.", "lost everything"));
    assertEquals("A spokesman who asked not to be named", speaker( // a verb of saying in the clause is no reason
        "A spokesman who asked not to be named said the talks had stalled.", "talks had stalled"));
  }

  @Test
  void aMediumBetweenTheSpeakerAndTheVerbIsNoPartOfTheSpeaker() {
    assertEquals("The ministry", QuotePatternsTest.speaker(containing(extract("The ministry in a statement called the "
        + "shelling of the port cowardly."), "cowardly")));
    assertEquals("Lee", QuotePatternsTest.speaker(containing(extract("Lee in her victory speech said the harbour would "
        + "reopen."), "reopen")));
    assertEquals("A footnote in the audit", QuotePatternsTest.speaker(containing(extract("A footnote in the audit "
        + "says the port lost money."), "lost money")));
  }

  @Test
  void anAgeUsedAsANounIsTheSpeaker() {
    assertEquals("the 74-year-old", QuotePatternsTest.speaker(containing(extract("\"I have given this harbour "
        + "everything,\" the 74-year-old told supporters in Lima."), "everything")));
    assertEquals("A 61-year-old fisherman", QuotePatternsTest.speaker(containing(extract("A 61-year-old fisherman "
        + "said the water rose quickly."), "water rose")));
  }
}

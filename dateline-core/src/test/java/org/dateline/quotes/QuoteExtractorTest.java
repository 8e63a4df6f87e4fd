package org.dateline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.entities.EntityExtractor;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Speaker;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** The public contract on short wire-style fixtures, one per news layout. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  static List<Quote> extract(String text) {
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    Article article = Article.of("t", text);
    List<Entity> entities = EntityExtractor.standard().extract(article, doc);
    List<Quote> quotes = EXTRACTOR.extract(article, doc, entities);
    for (Quote q : quotes) { // every span is evidence: its text is the article text at its offsets
      assertEquals(q.content().text(), text.substring(q.content().start(), q.content().end()));
      q.cue().ifPresent(c -> assertEquals(c.text(), text.substring(c.start(), c.end())));
      q.speaker().ifPresent(s -> assertEquals(s.span().text(), text.substring(s.span().start(), s.span().end())));
    }
    return quotes;
  }

  static Quote containing(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.content().text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote contains '" + words + "' in " + quotes));
  }

  static String speakerName(Quote q) {
    Speaker s = q.speaker().orElseThrow(() -> new AssertionError("no speaker for " + q));
    return s.name().orElse(s.span().text());
  }

  @Test
  void quoteThenSpeakerThenCue() {
    Quote q = containing(extract("\"The talks were useful and frank,\" Anna Berg said on Monday."), "talks were useful");
    assertEquals(QuoteType.DIRECT, q.type());
    assertEquals("The talks were useful and frank,", q.content().text());
    assertEquals("said", q.cue().orElseThrow().text());
    assertEquals("Anna Berg", q.speaker().orElseThrow().span().text());
  }

  @Test
  void quoteThenCueThenSpeakerWithAppositive() {
    Quote q = containing(extract("\"We will not back down,\" said Jane Okafor, a spokeswoman for the ministry."),
        "back down");
    Speaker s = q.speaker().orElseThrow();
    assertTrue(s.span().text().startsWith("Jane Okafor"), s.span().text());
    assertEquals(Optional.of("spokeswoman"), s.role());
  }

  @Test
  void speakerCueColonQuote() {
    Quote q = containing(extract("Mayor Tom Reyes said: \"The bridge will reopen in May.\""), "bridge will reopen");
    assertEquals(QuoteType.DIRECT, q.type());
    assertEquals("Tom Reyes", speakerName(q));
    assertEquals(Optional.of("mayor"), q.speaker().orElseThrow().role()); // the entity stage's reading of the title
  }

  @Test
  void aNamedSpeakerTakesTheTitleTheEntityStageRead() {
    List<Quote> qs = extract("Russian Defence Ministry spokesman Maj. Gen. Oleg Vasin said the drill was a provocation. "
        + "\"We will respond,\" Vasin told reporters.");
    for (Quote q : qs) {
      Speaker s = q.speaker().orElseThrow();
      assertEquals(Optional.of("spokesman"), s.role(), s.toString());
      assertEquals(Optional.of("Russian Defence Ministry"), s.affiliation(), s.toString());
      assertEquals(Optional.of("Maj. Gen."), s.rank(), s.toString());
    }
    assertEquals(2, qs.size());
  }

  @Test
  void reportedSpeechWithThat() {
    Quote q = containing(extract("Finance Minister Lena Vogt said that the budget would be balanced next year."),
        "budget would be balanced");
    assertEquals(QuoteType.INDIRECT, q.type());
    assertEquals("that the budget would be balanced next year", q.content().text());
    assertEquals("Lena Vogt", speakerName(q));
  }

  @Test
  void quoteThenDashThenSpeaker() {
    Quote q = containing(extract("\"Markets always recover in the end\" — Maria Lopez"), "Markets always recover");
    assertEquals("Maria Lopez", speakerName(q));
  }

  @Test
  void accordingToBeforeAndAfter() {
    List<Quote> qs = extract("According to the ministry, the talks failed after two days.\n"
        + "Prices rose sharply in March, according to the statistics office.");
    assertEquals("the talks failed after two days", containing(qs, "talks failed").content().text());
    assertEquals("the ministry", containing(qs, "talks failed").speaker().orElseThrow().span().text());
    assertEquals("the statistics office", containing(qs, "Prices rose").speaker().orElseThrow().span().text());
  }

  @Test
  void speakerInPreviousParagraphEndingWithColon() {
    Quote q = containing(extract("Defense Minister Jan Kowal told reporters on Tuesday:\n"
        + "\"Our troops will stay as long as they are needed.\""), "troops will stay");
    assertEquals("Jan Kowal", speakerName(q));
    assertEquals("reporters", q.speaker().orElseThrow().addressee().orElseThrow().text());
  }

  @Test
  void speakerInNextSentence() {
    Quote q = containing(extract("\"Why would we ever leave this town?\" Kowal asked."), "Why would we");
    assertEquals("Kowal", speakerName(q));
  }

  @Test
  void heAddedResolvesToLastCompatibleSpeaker() {
    List<Quote> qs = extract("\"The harvest was poor this year,\" farmer Paul Dube said.\n"
        + "The ministry of agriculture said it would publish figures in June.\n"
        + "\"We need rain more than anything else,\" he added.");
    Quote q = containing(qs, "need rain");
    assertEquals("he", q.speaker().orElseThrow().span().text());
    assertEquals("Paul Dube", speakerName(q));
  }

  @Test
  void speakerCarriedAcrossConsecutiveQuoteParagraphs() {
    List<Quote> qs = extract("\"The port will be closed until Friday,\" harbour master Ole Nilsen said.\n\n"
        + "\"Ships waiting outside should expect long delays.\"\n\nElsewhere, trains ran normally.");
    assertEquals("Ole Nilsen", speakerName(containing(qs, "Ships waiting")));
  }

  @Test
  void aPronounResolvesToThePersonTheSentenceBeforeNamed() {
    List<Quote> qs = extract("Tom Reed has led the dockers' union for a decade. He said the strike would go on.\n\n"
        + "\"We are not going anywhere,\" he said.\n\nThe port's director, Ann Cole, disagreed with Tom Reed. "
        + "She said the offer was fair.");
    assertEquals("Tom Reed", speakerName(containing(qs, "strike would go on")));
    assertEquals("Tom Reed", speakerName(containing(qs, "not going anywhere")));
    assertEquals("Ann Cole", speakerName(containing(qs, "offer was fair"))); // the subject, not the object
  }

  @Test
  void itRefersToNoPersonAndAParticiplesObjectGivesNoRole() {
    List<Quote> qs = extract("Analysts at Barclays said the cut was deep.\n\n"
        + "Revenue will fall to $4 billion, it said in a filing.\n\n"
        + "The union representing workers at the plant said it would strike.");
    Speaker it = containing(qs, "Revenue will fall").speaker().orElseThrow();
    assertTrue(it.role().isEmpty(), it.toString()); // not the analysts' role
    Speaker union = containing(qs, "would strike").speaker().orElseThrow();
    assertTrue(union.role().isEmpty(), union.toString()); // the union, not its workers
    assertEquals(Optional.of("analysts"), containing(qs, "cut was deep").speaker().orElseThrow().role());
    List<Quote> rs = extract("\"Is that fair?\" Frank Obi asked the crowd. \"No!\" they shouted back.");
    Speaker they = containing(rs, "No!").speaker().orElseThrow();
    assertTrue(they.name().isEmpty(), they.toString()); // "they" is no one person
  }

  @Test
  void anInvertedSpeakerIsNotTheAddressee() {
    Quote asked = containing(extract("\"Why now?\" asked Ann Lopez, the committee's chairwoman."), "Why now");
    assertEquals("Ann Lopez, the committee's chairwoman", asked.speaker().orElseThrow().span().text());
    assertTrue(asked.speaker().orElseThrow().addressee().isEmpty());
    Quote told = containing(extract("\"We are ready,\" Ann Lopez told Reuters."), "ready");
    assertEquals("Reuters", told.speaker().orElseThrow().addressee().orElseThrow().text());
    Quote radio = containing(extract("\"We are ready,\" Rui Costa told local radio station CBN."), "ready");
    assertEquals("local radio station CBN", radio.speaker().orElseThrow().addressee().orElseThrow().text());
    Quote rally = containing(extract("Peter Chanda told cheering supporters that the vote was won."), "won");
    assertEquals("cheering supporters", rally.speaker().orElseThrow().addressee().orElseThrow().text());
    assertEquals("that the vote was won", rally.content().text());
    Quote warning = containing(extract("Mayor Eric Adams urged both sides to return to talks, warning that a strike "
        + "would cost millions."), "strike");
    assertTrue(warning.speaker().orElseThrow().addressee().isEmpty(), warning.toString()); // urged them, not warned
    Quote promised = containing(extract("Costa promised lower taxes and more jobs."), "taxes");
    assertEquals("lower taxes and more jobs", promised.content().text()); // what is promised, not to whom
  }

  @Test
  void interruptedQuoteSharesCueAndSpeaker() {
    List<Quote> qs = extract("\"We are tired,\" Rosa Diaz said. \"We have waited for three weeks already.\"");
    Quote first = containing(qs, "We are tired");
    Quote second = containing(qs, "three weeks");
    assertEquals(first.cue(), second.cue());
    assertEquals("Rosa Diaz", speakerName(second));
  }

  @Test
  void mismatchedMarks() {
    Quote q = containing(extract("“The vote was fair and the count was clean,\" election chief Omar Said said."),
        "vote was fair");
    assertEquals(QuoteType.DIRECT, q.type());
    assertEquals("said", q.cue().orElseThrow().text());
  }

  @Test
  void quoteRunningOverParagraphs() {
    List<Quote> qs = extract("“The first thing to understand is that the river is rising fast.\n\n"
        + "“The second thing is that nobody will be left behind,” the governor, Eva Lind, said.");
    Quote first = containing(qs, "river is rising");
    Quote second = containing(qs, "nobody will be left");
    assertEquals(first.cue(), second.cue());
    assertEquals(first.speaker(), second.speaker());
  }

  @Test
  void anonymousSourceKeepsWhatIsKnown() {
    Quote q = containing(extract("\"There will be no deal this week,\" a State Department official told Reuters."),
        "no deal");
    Speaker s = q.speaker().orElseThrow();
    assertTrue(s.anonymous());
    assertEquals(Optional.of("State Department"), s.affiliation());
    assertEquals("Reuters", s.addressee().orElseThrow().text());
  }

  @Test
  void anUnnamedSpokesmanIsAnonymousAnUnnamedOfficeHolderIsNot() {
    List<Quote> qs = extract("The port reopened on Monday, a spokeswoman for the harbour authority said.\n\n"
        + "The governor said the port would stay open.\n\n"
        + "A spokesman for the army, Col. Pedro Reyes, said troops had arrived.");
    assertTrue(containing(qs, "port reopened").speaker().orElseThrow().anonymous());
    Speaker governor = containing(qs, "stay open").speaker().orElseThrow();
    assertFalse(governor.anonymous(), governor.toString());
    assertEquals(Optional.of("governor"), governor.role());
    Speaker reyes = containing(qs, "troops had arrived").speaker().orElseThrow();
    assertEquals(Optional.of("spokesman"), reyes.role()); // the entity stage read the rank alone
    assertEquals(Optional.of("Col."), reyes.rank());
    Speaker aide = containing(extract("The senator's spokesman said the vote was close."), "vote was close")
        .speaker().orElseThrow();
    assertEquals(Optional.of("spokesman"), aide.role()); // the possessor's title is not the speaker's
  }

  @Test
  void aPossessorOwnsTheSpeakerAndIsNotIt() {
    List<Quote> qs = extract("President Lazarus Banda narrowly led the count.\n\n"
        + "Banda's party accused the opposition of trying to incite violence.");
    Speaker party = containing(qs, "incite").speaker().orElseThrow();
    assertEquals(Optional.empty(), party.name(), party.toString());
    assertEquals(Optional.empty(), party.role(), party.toString()); // not the president's title
    assertEquals(Optional.of("Banda"), party.affiliation());
    Speaker court = containing(extract("Brazil's Superior Electoral Court said the count was secure."), "count")
        .speaker().orElseThrow();
    assertEquals(Optional.of("Superior Electoral Court"), court.name());
  }

  @Test
  void theOneASpeakerServesIsNotTheSpeaker() {
    Speaker aide = containing(extract("A spokesman for Prime Minister Keir Starmer said the talks were useful."),
        "useful").speaker().orElseThrow();
    assertEquals(Optional.empty(), aide.name(), aide.toString());
    assertEquals(Optional.of("spokesman"), aide.role());
    assertEquals(Optional.of("Keir Starmer"), aide.affiliation());
    assertTrue(aide.anonymous(), aide.toString());
    Speaker costa = containing(extract("The chief of staff to President Lula, Rui Costa, said the plan was ready."),
        "ready").speaker().orElseThrow();
    assertEquals(Optional.of("Rui Costa"), costa.name(), costa.toString());
    Speaker blinken = containing(extract("Secretary of State Antony Blinken said the talks were useful."), "useful")
        .speaker().orElseThrow();
    assertEquals(Optional.of("Antony Blinken"), blinken.name(), blinken.toString()); // "of" serves no one
  }

  @Test
  void aPronounSkipsASpeakerOfTheOtherGender() {
    List<Quote> qs = extract("\"No comment,\" said a spokesman for the company.\n\n"
        + "She was quoted as saying she had \"no regrets.\"");
    Speaker she = containing(qs, "regrets").speaker().orElseThrow();
    assertEquals(Optional.empty(), she.role(), she.toString());
    assertFalse(she.anonymous(), she.toString());
    Speaker he = containing(extract("A spokesman for the army said troops had arrived. He said more would follow."),
        "more would follow").speaker().orElseThrow();
    assertEquals(Optional.of("spokesman"), he.role(), he.toString());
  }

  @Test
  void aPersonalPronounSkipsAPluralSpeaker() {
    List<Quote> qs = extract("The finance minister said the budget was sound. Economists polled by the bank said "
        + "growth would slow.\n\n\"It will be close,\" he said.");
    Speaker he = containing(qs, "It will be close").speaker().orElseThrow();
    assertEquals(Optional.of("finance minister"), he.role(), he.toString());
  }

  @Test
  void aSpeakerWhoWithholdsANameLaterIsAnonymous() {
    Speaker trader = containing(extract("\"The market has spoken,\" the trader said, declining to give his name."),
        "market").speaker().orElseThrow();
    assertTrue(trader.anonymous(), trader.toString());
    Speaker hale = containing(extract("\"The market has spoken,\" Tom Hale said, declining to give his age."),
        "market").speaker().orElseThrow();
    assertFalse(hale.anonymous(), hale.toString());
  }

  @Test
  void anOccasionIsNoAddressee() {
    Speaker coach = extract("\"We are ready,\" the coach told a news conference on Friday.").get(0).speaker()
        .orElseThrow();
    assertEquals(Optional.empty(), coach.addressee(), coach.toString());
    Speaker mayor = extract("\"We are ready,\" the mayor told the crowd.").get(0).speaker().orElseThrow();
    assertEquals("the crowd", mayor.addressee().orElseThrow().text(), mayor.toString());
  }

  @Test
  void aPortfolioBeforeARoleBelongsToIt() {
    Speaker s = extract("The health secretary said hospitals were coping.").get(0).speaker().orElseThrow();
    assertEquals(Optional.of("health secretary"), s.role(), s.toString());
    Speaker aide = extract("A campaign aide said the bus was late.").get(0).speaker().orElseThrow();
    assertEquals(Optional.of("campaign aide"), aide.role(), aide.toString());
    Speaker chair = extract("A former Harbor Party Committee chairman said the vote was close.").get(0).speaker()
        .orElseThrow(); // a capitalised body is the affiliation's name
    assertEquals(Optional.of("chairman"), chair.role(), chair.toString());
    Speaker data = extract("Official data showed the economy grew in the third quarter.").get(0).speaker()
        .orElseThrow(); // an adjective of a thing names no role
    assertEquals(Optional.empty(), data.role(), data.toString());
    Speaker c = extract("\"It is catastrophic,\" the UN's aid coordinator, Ann Holt, said.").get(0).speaker()
        .orElseThrow();
    assertEquals(Optional.of("coordinator"), c.role(), c.toString());
  }

  @Test
  void scareQuotesAndTitlesAreNotStatements() {
    List<Quote> qs = extract("The so-called \"peace dividend\" never arrived.\n"
        + "She appeared on \"Meet the Press\" on Sunday.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  @Test
  void partialQuoteInsideReportedSpeechIsMixed() {
    Quote q = containing(extract("The senator said the plan was a \"reckless gamble\" with public money."),
        "reckless gamble");
    assertEquals(QuoteType.MIXED, q.type());
  }

  @Test
  void headlineSpeakerColonClaim() {
    List<Quote> qs = extract("Harbour chief Nilsen: Port will stay closed until Friday\n"
        + "The storm damaged two cranes, officials said.\n"
        + "At 12:30: the ferry left.");
    Quote q = containing(qs, "Port will stay closed");
    assertEquals(":", q.cue().orElseThrow().text());
    assertEquals("Harbour chief Nilsen", q.speaker().orElseThrow().span().text());
    assertTrue(qs.stream().noneMatch(x -> x.content().text().contains("ferry")), qs.toString());
  }

  @Test
  void pageLabelsAndPlaceHeadingsSpeakForNobody() {
    List<Quote> qs = extract("Editor's note: This story was updated with comments from the mayor.\n"
        + "Iowa: Turnout was high across the state.\n"
        + "Harbour chief Nilsen: Port will stay closed until Friday");
    assertTrue(qs.stream().noneMatch(x -> x.content().text().contains("story was updated")), qs.toString());
    assertTrue(qs.stream().noneMatch(x -> x.content().text().contains("Turnout")), qs.toString());
    assertEquals(":", containing(qs, "Port will stay closed").cue().orElseThrow().text());
    qs = extract("The dock strike entered its third week on Monday.\n\n"
        + "One notable trend: younger workers are more likely to back the strike than older ones.\n\n"
        + "Another problem for the union: its strike fund is running low after three weeks.\n\n"
        + "Harbor poll: most residents back the dock workers in their dispute.");
    assertTrue(qs.stream().noneMatch(x -> x.content().text().contains("younger workers")), qs.toString());
    assertTrue(qs.stream().noneMatch(x -> x.content().text().contains("strike fund")), qs.toString());
    assertEquals("Harbor poll", containing(qs, "most residents").speaker().orElseThrow().span().text());
  }

  @Test
  void aHeadlineSpeakerMayNameTheAudienceOrBeMistakenForAPlace() {
    Quote q = containing(extract("Nilsen to union members: Port will stay closed until Friday\n"
        + "The storm damaged two cranes."), "Port will stay closed");
    assertEquals("Nilsen", q.speaker().orElseThrow().span().text());
    assertTrue(extract("Letter to the editor: The port should stay closed until Friday\n").isEmpty());
    q = containing(extract("Trump: My tax plans aren't set in stone.\n\n"
        + "Donald Trump says parts of his tax plan are negotiable."), "set in stone");
    assertEquals("Trump", q.speaker().orElseThrow().span().text());
  }

  @Test
  void randomTextNeverThrows() {
    Random r = new Random(11);
    String[] words = {"said", "he", "\"", "“", "”", "according", "to", "the", "official", ",", ".", ":", "\n",
        "Smith", "told", "that", "—", "added", "''", "it", "'", "\u2018", "\u2019", "we,'", "won.'"};
    for (int n = 0; n < 60; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      extract(sb.toString());
    }
    assertFalse(extract("").iterator().hasNext());
  }

  @Test
  void everyPrefixOfAnArticleIsSafe() { // feeds and WARC records get cut anywhere: the rules must not read past the end
    String text = "WASHINGTON (Dateline) - The port will close, according to the harbor board. Gov. Ann Ruiz (D-Ore.), "
        + "said, \"We will fix it.\" Farmers here reportedly seem unhappy: \"It is a disgrace,\" one said \u2014 \"a "
        + "real one.\" Even the mayors, like Moss and Dale, say the plan, which ''was late,'' fails. Speaking to "
        + "reporters, Ruiz said the board, the agency says, was told by Lee that it would, seemingly, be late. "
        + "Ortega had said after Saturday's 3-0 loss that he would stay, and Shaw told reporters outside the Downing "
        + "Street gates she would too, the firm said in a letter to its shareholders.";
    StringBuilder prefix = new StringBuilder();
    int checked = 0;
    for (String word : text.split(" ")) {
      prefix.append(word);
      extract(prefix.toString());
      prefix.append(' ');
      checked++;
    }
    assertTrue(checked > 60, "prefixes checked: " + checked);
    for (String cut : new String[] {"Attorney General Ann Lee is reaffirming", "The mayor called", "Lee said so"}) {
      extract(cut); // a text cut right after its cue verb: nothing follows the cue
    }
    assertFalse(extract(prefix.toString().strip()).isEmpty());
  }

  @Test
  void labelAfterADashOrAnExcerptSourceSpeaksTheQuote() {
    Quote q = containing(extract("Turnout is the story of the night – Anna Berg: \u201cThe young voters stayed home.\u201d"),
        "young voters");
    assertEquals("Anna Berg", q.speaker().orElseThrow().span().text());
    Quote r = containing(extract("From the report: \u201cSamples with longer field periods were more accurate.\u201d"),
        "field periods");
    assertEquals("the report", r.speaker().orElseThrow().span().text());
  }
}

package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

/** Speaker records: roles named by trades and offices, listeners, and which speakers a pronoun may stand for. */
class SpeakerRolesTest {
  private static Speaker speaker(List<Quote> qs, String words) {
    return containing(qs, words).speaker().orElseThrow();
  }

  @Test
  void aTradeNamesTheRole() {
    List<Quote> qs = extract("\"We have never seen the river this high,\" said Maria Lopez, a nurse at the county "
        + "hospital.\n\nLocal truck driver James Ortiz said the main highway remained closed.");
    assertEquals(Optional.of("nurse"), speaker(qs, "river").role());
    assertEquals(Optional.of("truck driver"), speaker(qs, "highway").role());
    assertEquals(Optional.of("crane operator"), speaker(extract("One crane operator, who gave only his first name, "
        + "said he had not had a raise in ten years."), "raise").role());
    assertEquals(Optional.of("seismologists"),
        speaker(extract("Seismologists said aftershocks would go on for weeks."), "aftershocks").role());
  }

  @Test
  void aPronounAfterAnUnnamedTradesmanIsHim() {
    List<Quote> qs = extract("\"The water came in the night,\" said Maria Lopez, a nurse at the hospital.\n\n"
        + "A farmer who lost most of his cattle said he did not know how he would rebuild. \"Everything is gone,\" "
        + "he said.");
    Speaker he = speaker(qs, "Everything is gone");
    assertEquals(Optional.of("farmer"), he.role(), he.toString());
    assertEquals(Optional.empty(), he.name(), he.toString());
  }

  @Test
  void aCourtesyTitleIsNoAffiliation() {
    List<Quote> qs = extract("Mr. Haddad said the port would reopen on Monday.\n\n"
        + "\"We are not there yet,\" said Mrs. Okafor, a harbour pilot.\n\n"
        + "Dr. Lena Vogt said the injured were stable.");
    for (String words : List.of("port", "not there", "injured")) {
      Speaker s = speaker(qs, words);
      assertEquals(Optional.empty(), s.affiliation(), s.toString());
    }
    assertEquals(Optional.of("Haddad"), speaker(qs, "port").name());
    assertEquals(Optional.of("Okafor"), speaker(qs, "not there").name());
    assertEquals(Optional.of("Dr."), speaker(qs, "injured").rank());
  }

  @Test
  void aTradeInsideAName() {
    List<Quote> qs = extract("The American Federation of Teachers said the plan would hurt schools.\n\n"
        + "The Tulsa Police Department said two officers had been injured.");
    assertEquals(Optional.empty(), speaker(qs, "hurt schools").role());
    Speaker police = speaker(qs, "officers");
    assertEquals(Optional.empty(), police.role(), police.toString());
    assertEquals(Optional.of("Tulsa Police Department"), police.name(), police.toString());
  }

  @Test
  void anOrganisationNamedAfterTheRoleSpeaks() {
    Speaker s = speaker(extract("The mall's owner, Westfield Properties, said it would remain closed until further "
        + "notice."), "closed");
    assertEquals(Optional.of("Westfield Properties"), s.name(), s.toString());
    assertTrue(s.entityId().isPresent(), s.toString());
  }

  @Test
  void aRoleInARelativeClauseIsTheSpeakersOnlyAfterALink() {
    assertEquals(Optional.empty(), speaker(extract("The works council, which represents employees, said there would "
        + "be no job cuts."), "job cuts").role());
    assertEquals(Optional.of("adviser"), speaker(extract("Tom Ford, who served as an adviser to the mayor, said the "
        + "plan was dead."), "plan").role());
  }

  @Test
  void theTimeAfterAListenerIsNoListener() {
    Quote q = containing(extract("Nimbus told investors last month that it had set aside 1 billion euros."), "euros");
    assertEquals("investors", q.speaker().orElseThrow().addressee().orElseThrow().text());
    assertEquals("that it had set aside 1 billion euros", q.content().text());
    Quote r = containing(extract("He told the Sunday Times that he was innocent."), "innocent");
    assertEquals("the Sunday Times", r.speaker().orElseThrow().addressee().orElseThrow().text());
  }

  @Test
  void aRoleWordInThePossessorIsNotTheSpeakers() {
    Speaker s = speaker(extract("The police union's president, Jim Walsh, said the chief had been treated "
        + "unfairly."), "unfairly");
    assertEquals(Optional.of("president"), s.role(), s.toString());
  }

  @Test
  void aDayIsNoAffiliation() {
    Speaker s = speaker(extract("A new poll released on Sunday shows the two candidates tied."), "tied");
    assertEquals(Optional.empty(), s.affiliation(), s.toString());
    Speaker t = speaker(extract("The Sunday Times said the minister would resign."), "resign");
    assertEquals(Optional.of("Sunday Times"), t.affiliation(), t.toString());
  }

  @Test
  void aNounBeforeAFiniteVerbIsTheContentsSubjectNotAListener() {
    Quote q = containing(extract("Others warned the bank could go further."), "further");
    assertEquals("the bank could go further", q.content().text());
    assertTrue(q.speaker().orElseThrow().addressee().isEmpty(), q.toString());
  }

  @Test
  void anOfficeOutranksATrade() {
    Speaker s = speaker(extract("David Pratt, the architect of the 2008 campaign and a close aide to the governor, "
        + "said the race was tight."), "race was tight");
    assertEquals(Optional.of("aide"), s.role());
  }

  @Test
  void theWriterIsNoSpeakerMetBefore() {
    List<Quote> qs = extract("\"Prices will rise,\" Mayor Ana Ruiz said on Monday.\n\nWe asked the council "
        + "whether the plan would pass.");
    Quote we = qs.stream().filter(q -> q.speaker().map(s -> s.span().text().equals("We")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(qs.toString()));
    assertEquals(Optional.empty(), we.speaker().orElseThrow().name(), we.toString());
  }

  @Test
  void theyIsNoParent() {
    List<Quote> qs = extract("The boy's mother said the school had never called her.\n\nThey said the bus had "
        + "been late for weeks.");
    Speaker they = speaker(qs, "bus");
    assertTrue(they.role().isEmpty(), they.toString());
  }

  @Test
  void whichSpeaksForTheNounBeforeIt() {
    Speaker s = speaker(extract("The company was fined by the European Commission, which said the deal broke the "
        + "rules."), "broke the rules");
    assertEquals(Optional.of("European Commission"), s.name(), s.toString());
  }

  @Test
  void aPronounSkipsASpeakerWhoseEarlierMentionGaveTheOtherGender() {
    List<Quote> qs = extract("Ruiz bows out\n\nFormer President Ana Ruiz said on Friday she would not run again.\n\n"
        + "Party chairman Luis Soto said he was shocked. \"Nobody expected this,\" Soto told reporters.\n\n"
        + "She did not endorse a successor, saying only that the party would choose well.");
    Speaker she = speaker(qs, "successor");
    assertEquals(Optional.of("Ana Ruiz"), she.name(), she.toString());
  }

  @Test
  void aWordCapitalisedOnlyAsTheSentencesFirstIsNoAffiliation() {
    Speaker s = speaker(extract("Voting rights groups said the ruling was a victory."), "victory");
    assertEquals(Optional.empty(), s.affiliation(), s.toString());
  }

  @Test
  void aBareNameTakesTheRoleItsEarlierMentionGave() {
    List<Quote> qs = extract("Port ruling\n\nThe state's attorney general, Mark Dalton, said he would appeal.\n\n"
        + "\"This ruling is wrong on the law,\" Dalton said in a statement.\n\n"
        + "Harbour supporters said the ruling was fair. \"We won,\" said Dalton's rival, Ann Hale.");
    Speaker dalton = speaker(qs, "wrong on the law");
    assertEquals(Optional.of("attorney general"), dalton.role(), dalton.toString());
  }

  @Test
  void peopleCloseToAnOfficeHolderAreAnonymousInsidersNotTheOfficeHolder() {
    Speaker s = speaker(extract("People close to the harbour master say he is furious about the leak."), "furious");
    assertEquals(Optional.empty(), s.role(), s.toString());
    assertTrue(s.anonymous(), s.toString());
  }
}

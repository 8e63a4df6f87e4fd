package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Verb triggers: subject before, object after, lists, coordination, passives, patterns and reverse codes. */
class VerbPatternTest {
  @Test
  void subjectAndObjectAroundTheVerb() {
    assertEquals(List.of("RUS>UKR 190 ASSAULT"),
        Coded.summary("Russia/NNP attacked/VBD/attack Ukraine/NNP on/IN Monday/NNP ./."));
  }

  @Test
  void listAsSubjectOfAMutualVerbGivesBothDirections() {
    assertEquals(List.of("TUR>RUS 040 CONSULT", "RUS>TUR 040 CONSULT"),
        Coded.summary("Turkey/NNP and/CC Russia/NNP met/VBD/meet in/IN Sochi/NNP ./."));
  }

  @Test
  void listAsSubjectOfACondemnationIsNotMutual() {
    assertEquals(List.of(), Coded.summary("Turkey/NNP and/CC Russia/NNP condemned/VBD/condemn the/DT attack/NN ./."));
  }

  @Test
  void listAsObjectGivesOneEventWithSeveralTargets() {
    Event e = Coded.events("France/NNP criticized/VBD/criticize Iran/NNP and/CC Syria/NNP ./.", null).get(0);
    assertEquals(List.of("IRN", "SYR"), e.targets().stream().map(a -> a.code()).toList());
    assertEquals("Iran", e.targets().get(0).span().text());
  }

  @Test
  void coordinatedVerbKeepsTheFirstSubject() {
    assertEquals(List.of("DEUGOV>ISR 111 ACCUSE", "DEUGOV>PSE 070 AID"),
        Coded.summary("The/DT German/JJ government/NN condemned/VBD/condemn Israel/NNP and/CC "
            + "sent/VBD/send aid/NN to/TO the/DT Palestinians/NNPS ./."));
  }

  @Test
  void aCommonNounSubjectIsNoActorSoNoEarlierActorStandsIn() {
    assertEquals(List.of(), Coded.summary("In/IN Tokyo/NNP ,/, a/DT strong/JJ earthquake/NN struck/VBD/strike "
        + "northern/JJ Japan/NNP ./."));
    assertEquals(List.of("RUSMIL>UKR 190 ASSAULT"), Coded.summary(
        "Russia/NNP 's/POS military/JJ forces/NNS attacked/VBD/attack Ukraine/NNP ./."));
  }

  @Test
  void passiveByPhraseIsTheSource() {
    assertEquals(List.of("RUS>UKR 190 ASSAULT"),
        Coded.summary("Ukraine/NNP was/VBD/be attacked/VBN/attack by/IN Russia/NNP ./."));
  }

  @Test
  void feelingsAreNotPassives() {
    assertEquals(List.of("USAGOV>SYRGOV 110 ACCUSE"), Coded.summary(
        "Washington/NNP remains/VBZ/remain concerned/VBN/concern by/IN the/DT Assad/NNP regime/NN ./."));
  }

  @Test
  void longestMatchingPatternChoosesTheCode() {
    assertEquals(List.of("RUS>GEO 050 SUPPORT"),
        Coded.summary("Russia/NNP restored/VBD/restore diplomatic/JJ ties/NNS with/IN Georgia/NNP ./."));
    assertEquals(List.of("RUS>GEO 161 SANCTION"),
        Coded.summary("Russia/NNP cut/VBD/cut ties/NNS with/IN Georgia/NNP ./."));
    assertEquals(List.of(), Coded.summary("Russia/NNP cut/VBD/cut taxes/NNS in/IN Georgia/NNP ./."));
  }

  @Test
  void reverseCodeGivesTheHostEvent() {
    assertEquals(List.of("FRAGOV>CHN 042 CONSULT", "CHN>FRAGOV 043 CONSULT"),
        Coded.summary("French/JJ President/NNP Emmanuel/NNP Macron/NNP visited/VBD/visit China/NNP ./."));
  }

  @Test
  void subordinateClauseSubjectIsNotTheMainSubject() {
    assertTrue(Coded.summary("Mexicans/NNPS were/VBD/be angry/JJ when/WRB the/DT president/NN/president "
        + "invited/VBD/invite Iran/NNP ./.").stream().noneMatch(s -> s.startsWith("MEX")));
  }

  @Test
  void pronounSubjectBlocksAnEarlierActor() {
    assertEquals(List.of(), Coded.summary("Russia/NNP said/VBD/say she/PRP attacked/VBD/attack Ukraine/NNP ./."));
  }

  @Test
  void unknownNamedObjectStopsTheTargetSearch() {
    assertEquals(List.of(), Coded.summary(
        "Russia/NNP criticized/VBD/criticize Smith/NNP/smith/PERSON over/IN a/DT deal/NN in/IN Ukraine/NNP ./."));
  }
}

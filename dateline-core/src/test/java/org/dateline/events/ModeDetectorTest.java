package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation, future and hypothetical modes for verbs and nouns. */
class ModeDetectorTest {
  @Test
  void negatedVerb() {
    assertEquals(List.of("RUS>UKR 190 ASSAULT negated"),
        Coded.summary("Russia/NNP did/VBD/do not/RB attack/VB Ukraine/NNP ./."));
  }

  @Test
  void futureVerb() {
    assertEquals(List.of("CHN>JPN 040 CONSULT future"),
        Coded.summary("China/NNP will/MD meet/VB Japan/NNP next/JJ week/NN ./."));
  }

  @Test
  void hypotheticalVerb() {
    assertEquals(List.of("RUS>UKR 190 ASSAULT hypothetical"),
        Coded.summary("Russia/NNP would/MD attack/VB Ukraine/NNP ./."));
  }

  @Test
  void nounLooksAheadToItsVerb() {
    assertEquals(List.of("SYRGOV>TUR 190 ASSAULT hypothetical"), Coded.summary(
        "an/DT offensive/NN by/IN the/DT Assad/NNP regime/NN against/IN Turkey/NNP would/MD be/VB "
            + "a/DT reckless/JJ escalation/NN ./."));
  }

  @Test
  void negationOfTheGoverningVerbDoesNotNegateTheNoun() {
    assertEquals(List.of("TUR>RUS 046 CONSULT", "RUS>TUR 046 CONSULT"), Coded.summary(
        "the/DT U.S./NNP was/VBD/be not/RB involved/VBN/involve in/IN talks/NNS between/IN Turkey/NNP "
            + "and/CC Russia/NNP ./."));
  }
}

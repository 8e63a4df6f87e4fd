package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Noun triggers: "X offensive", "offensive by X against Y", "talks between X and Y". */
class NounPatternTest {
  @Test
  void byPhraseAndAgainstPhrase() {
    assertEquals(List.of("SYRGOV>TUR 190 ASSAULT"), Coded.summary(
        "an/DT offensive/NN by/IN the/DT Assad/NNP regime/NN against/IN Turkey/NNP began/VBD/begin ./."));
  }

  @Test
  void actorAdjectiveBeforeTheEventNoun() {
    assertEquals(List.of("RUS>SYR 195 ASSAULT"),
        Coded.summary("Russian/JJ airstrikes/NNS/airstrike on/IN Syria/NNP continued/VBD/continue ./."));
  }

  @Test
  void betweenListIsMutual() {
    assertEquals(List.of("ISR>EGY 046 CONSULT", "EGY>ISR 046 CONSULT"),
        Coded.summary("talks/NNS between/IN Israel/NNP and/CC Egypt/NNP resumed/VBD/resume ./."));
  }

  @Test
  void sharedRoleAcrossCoordinatedAdjectives() {
    assertEquals(List.of("TURGOV>RUSGOV 046 CONSULT", "RUSGOV>TURGOV 046 CONSULT"), Coded.summary(
        "the/DT negotiations/NNS between/IN the/DT Turkish/JJ and/CC Russian/JJ governments/NNS/government "
            + "in/IN the/DT Russian/JJ city/NN of/IN Sochi/NNP ./."));
  }

  @Test
  void eventNounWithoutActorsCodesNothing() {
    assertEquals(List.of(), Coded.summary("the/DT offensive/NN began/VBD/begin on/IN Monday/NNP ./."));
  }
}

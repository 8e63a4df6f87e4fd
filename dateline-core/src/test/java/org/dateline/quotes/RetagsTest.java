package org.dateline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

/** Tag repairs read on fixed tags, so the tests do not depend on the tagger's choices. */
class RetagsTest {

  /**
   * The tags after {@link Retags#apply} for one sentence given as {@code word/TAG[/NER[/lemma]]}, one space apart; a
   * token written {@code ~word/TAG} follows the one before it with no space.
   */
  private static List<String> retag(String tagged) {
    String[] pairs = tagged.split(" ");
    List<Token> tokens = new ArrayList<>();
    String[] lower = new String[pairs.length];
    String[] pos = new String[pairs.length];
    int offset = 0;
    for (int i = 0; i < pairs.length; i++) {
      boolean glued = pairs[i].startsWith("~");
      offset -= glued && i > 0 ? 1 : 0;
      String[] parts = pairs[i].substring(glued ? 1 : 0).split("/");
      String word = parts[0];
      pos[i] = parts[1];
      lower[i] = word.toLowerCase(java.util.Locale.ROOT);
      String ner = parts.length > 2 ? parts[2] : "O";
      String lemma = parts.length > 3 ? parts[3] : lower[i];
      tokens.add(new Token(i, word, offset, offset + word.length(), pos[i], lemma, ner, 0));
      offset += word.length() + 1;
    }
    Retags.apply(tokens, lower, pos);
    return List.of(pos);
  }

  @Test
  void capitalisedUsAndWhoAmongLowerCaseWordsAreNames() {
    assertEquals("NNP", retag("The/DT WHO/WP said/VBD so/RB ./.").get(1));
    assertEquals("NNP", retag("The/DT US/PRP said/VBD so/RB ./.").get(1));
    assertEquals("WP", retag("WHO/WP SAID/VBD IT/PRP ?/.").get(0)); // a headline's capitals
  }

  @Test
  void aSurnameTaggedAsAVerbOpeningItsSentenceIsAName() {
    List<String> tags = retag("Okafor/VBN/PERSON continued/VBN by/IN saying/VBG talks/NNS would/MD resume/VB ./.");
    assertEquals("NNP", tags.get(0));
    assertEquals("VBD", tags.get(1));
    assertEquals("VBN", retag("Okafor/VBN continued/VBN by/IN saying/VBG so/RB ./.").get(0)); // no name: left alone
    assertEquals("VBN", retag("Okafor/VBN/PERSON ,/, the/DT envoy/NN ,/, said/VBD so/RB ./.").get(0)); // no verb next
  }

  @Test
  void aCueParticipleAfterASubordinateClausesSubjectIsItsPastTense() {
    String called = " called/VBN/O/call ";
    assertEquals("VBD", retag("Rates/NNS rose/VBD while/IN most/JJS of/IN the/DT banks/NNS" + called
        + "for/IN cuts/NNS ./.").get(7));
    assertEquals("VBN", retag("Rates/NNS rose/VBD while/IN the/DT banks/NNS" + called
        + "by/IN Lee/NNP waited/VBD ./.").get(5)); // a passive's agent follows
    assertEquals("VBN", retag("Rates/NNS rose/VBD and/CC the/DT banks/NNS" + called + "for/IN cuts/NNS ./.").get(5));
  }

  @Test
  void aPluralNounSpelledLikeACueAfterItsSubjectAndAnAdverbIsAVerb() {
    String questions = " questions/NNS/O/question ";
    assertEquals("VBZ", retag("Lee/NNP often/RB" + questions + "the/DT audit/NN ./.").get(2));
    assertEquals("VBZ", retag("She/PRP" + questions + "the/DT audit/NN ./.").get(1));
    assertEquals("NNS", retag("The/DT board/NN" + questions + "the/DT audit/NN ./.").get(2)); // no subject before
  }

  @Test
  void leadBeforeARoleIsAnAdjective() {
    assertEquals("JJ", retag("said/VBD Ann/NNP Park/NNP ,/, lead/VB author/NN of/IN the/DT study/NN ./.").get(4));
    assertEquals("VBP", retag("They/PRP lead/VBP talks/NNS ./.").get(1)); // a verb after its subject
    assertEquals("JJ", retag("``/`` Yes/UH ,/, ``/`` lead/VB author/NN Ann/NNP Park/NNP said/VBD ./.").get(4));
    assertEquals("JJ", retag("Lead/VB author/NN Ann/NNP Park/NNP said/VBD so/RB ./.").get(0));
  }

  @Test
  void aParticleBetweenTwoNamesIsPartOfThem() {
    assertEquals("NNP", retag("Rio/NNP Grande/NNP do/VBP Sul/NNP Governor/NNP Leite/NNP said/VBD so/RB ./.").get(2));
    assertEquals("VBP", retag("They/PRP do/VBP Business/NNP ./.").get(1)); // no name before it
  }

  @Test
  void aParticipleAfterTheSubjectOfAReportedClauseIsItsPastTense() {
    assertEquals("VBD", retag("Officials/NNS say/VBP the/DT attack/NN killed/VBN at/IN least/JJS seven/CD "
        + "people/NNS ./.").get(4));
    assertEquals("VBD", retag("Officials/NNS say/VBP that/IN the/DT border/NN guards/NNS detained/VBN "
        + "two/CD men/NNS ./.").get(6));
    assertEquals("VBN", retag("Officials/NNS say/VBP the/DT men/NNS detained/VBN in/IN May/NNP were/VBD freed/VBN "
        + "./.").get(4)); // a reduced relative: no object follows
  }

  @Test
  void aParticipleAfterTheOpeningSubjectBeforeACoordinatedPastTenseIsAPastTense() {
    assertEquals("VBD", retag("Reyes/NNP positioned/VBN Ortiz/NNP as/IN a/DT winner/NN and/CC said/VBD it/PRP "
        + "./.").get(1));
    assertEquals("VBD", retag("In/IN March/NNP ,/, Reyes/NNP positioned/VBN Ortiz/NNP as/IN a/DT winner/NN "
        + "and/CC said/VBD it/PRP ./.").get(4));
  }

  @Test
  void aParticipleInsideAnOpeningPhraseWithNoCommaStaysAParticiple() {
    assertEquals("VBN", retag("In/IN a/DT memo/NN leaked/VBN Friday/NNP and/CC circulated/VBD widely/RB ,/, "
        + "the/DT mayor/NN says/VBZ it/PRP is/VBZ short/JJ ./.").get(3));
  }

  @Test
  void aParticipleAfterAnAppositiveInASentenceWithNoFiniteVerbIsItsPastTense() {
    assertEquals("VBD", retag("The/DT judge/NN ,/, citing/VBG his/PRP$ age/NN ,/, granted/VBN bail/NN ./.").get(7));
    assertEquals("VBN", retag("Granted/VBN bail/NN ,/, he/PRP left/VBD ./.").get(0));
  }

  @Test
  void aQuoteAfterAColonHoldsNoMainVerbOfTheSentence() {
    assertEquals("VBD", retag("The/DT letter/NN ended/VBN with/IN a/DT plea/NN :/: ``/`` We/PRP will/MD wait/VB ./. "
        + "''/''").get(2));
  }

  @Test
  void aMarkAfterASpaceAndBeforeAWordOpensAQuoteNotAPossessive() {
    assertEquals("``", retag("Lee/NNP says/VBZ talks/NNS '/POS ~close/JJ ~'/'' ~./.").get(3));
    assertEquals("POS", retag("The/DT workers/NNS ~'/POS pay/NN fell/VBD ./.").get(2));
  }
}

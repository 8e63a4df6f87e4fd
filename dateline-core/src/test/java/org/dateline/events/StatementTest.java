package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.junit.jupiter.api.Test;

/** Statements: the speaker is the source of stances and of "we" in quotes. */
class StatementTest {
  private static final String WARNING = "\"/`` An/DT offensive/NN by/IN the/DT Assad/NNP regime/NN would/MD "
      + "have/VB serious/JJ consequences/NNS ,/, \"/'' a/DT State/NNP Department/NNP official/NN said/VBD/say ./.";

  @Test
  void stanceInAnAttributedSentence() {
    List<String> s = Coded.summary(WARNING);
    assertTrue(s.contains("USAGOV>SYRGOV 130 THREATEN hypothetical"), s.toString());
  }

  @Test
  void definiteSpeakerTakesTheLastKnownSpeaker() {
    List<String> s = Coded.summary("a/DT State/NNP Department/NNP official/NN said/VBD/say it/PRP ./. "
        + "\"/`` We/PRP support/VBP the/DT UN-led/JJ process/NN ,/, \"/'' the/DT official/NN added/VBD/add ./.");
    assertEquals(List.of("USAGOV>IGOUNO 051 SUPPORT"), s);
  }

  @Test
  void quoteStageSpeakerIsUsed() {
    NlpDoc doc = Tagged.doc("\"/`` We/PRP condemn/VBP Iran/NNP ,/, \"/'' he/PRP said/VBD/say ./.");
    int end = doc.text().indexOf(" ,");
    Speaker speaker = new Speaker(TextSpan.of(doc.text(), doc.text().indexOf("he"), doc.text().indexOf("he") + 2),
        Optional.empty(), Optional.empty(), Optional.of("spokesman"), Optional.of("Kremlin"), Optional.empty(),
        false, Optional.empty());
    Quote q = new Quote("Q1", TextSpan.of(doc.text(), 2, end), QuoteType.DIRECT, Optional.empty(), Optional.of(speaker));
    List<Event> events = Coded.CODER.code(Article.of("q", doc.text()).withPublished(LocalDate.of(2018, 1, 1)), doc,
        List.of(), List.of(), List.of(q), List.of());
    assertEquals(List.of("RUSGOV>IRN 111 ACCUSE"), events.stream().map(Coded::render).toList());
    assertEquals("We", events.get(0).sources().get(0).span().text());
  }

  @Test
  void quoteSpeakerNameResolvesThroughTheDictionary() {
    NlpDoc doc = Tagged.doc("\"/`` We/PRP condemn/VBP Iran/NNP ,/, \"/'' he/PRP said/VBD/say ./.");
    int he = doc.text().indexOf("he");
    Speaker speaker = new Speaker(TextSpan.of(doc.text(), he, he + 2), Optional.of("E1"), Optional.of("Vladimir Putin"),
        Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    Quote q = new Quote("Q1", TextSpan.of(doc.text(), 2, doc.text().indexOf(" ,")), QuoteType.DIRECT, Optional.empty(),
        Optional.of(speaker));
    List<Event> events = Coded.CODER.code(Article.of("q", doc.text()).withPublished(LocalDate.of(2018, 1, 1)), doc,
        List.of(), List.of(), List.of(q), List.of());
    assertEquals(List.of("RUSGOV>IRN 111 ACCUSE"), events.stream().map(Coded::render).toList());
  }

  @Test
  void indirectSpeechOfAnUnknownPersonIsNotTheLastSpeaker() {
    List<String> s = Coded.summary("a/DT Kremlin/NNP spokesman/NN said/VBD/say it/PRP ./. "
        + "John/NNP/john/PERSON Smith/NNP/smith/PERSON said/VBD/say he/PRP fought/VBD/fight in/IN Iraq/NNP ./.");
    assertEquals(List.of(), s);
  }
}

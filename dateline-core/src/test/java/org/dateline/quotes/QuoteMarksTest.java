package org.dateline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static String inner(String text, QuoteMarks.Span s) {
    return text.substring(s.innerStart(), s.innerEnd());
  }

  @Test
  void straightCurlyAndDoubledApostrophes() {
    String t = "He said \"one two\" and “three four” and ''five six'' too.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(List.of("one two", "three four", "five six"), q.stream().map(s -> inner(t, s)).toList());
    assertEquals("\"one two\"", t.substring(q.get(0).start(), q.get(0).end()));
  }

  @Test
  void aCurlyQuoteInsideACurlyQuoteIsNested() {
    String t = "“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz. “Then “no” it is,“ Lee said.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals("I’d rather live in what he calls “hell” than here.", inner(t, q.get(0)));
    String u = "“We stayed, he recalled. “Then we left.”";
    assertEquals(List.of("We stayed, he recalled.", "Then we left."), QuoteMarks.scan(u).stream()
        .map(s -> inner(u, s)).toList()); // one closing mark left: the first quote was never closed
  }

  @Test
  void mismatchedMarksStillPair() {
    String t = "“We will stay,\" the mayor said.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(1, q.size());
    assertEquals("We will stay,", inner(t, q.get(0)));
  }

  @Test
  void anOpenerTypedAfterAWordCloses() {
    String t = "“It is odd,“ said the clerk. “We never saw it.”";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(List.of("It is odd,", "We never saw it."), q.stream().map(s -> inner(t, s)).toList());
  }

  @Test
  void tripleApostropheClosesTheNestedQuoteFirst() {
    String t = "''They keep saying 'wait and see,''' the mayor said.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(1, q.size());
    assertEquals("They keep saying 'wait and see,'", inner(t, q.get(0)));
    assertEquals(t.indexOf(" the mayor"), q.get(0).end());
  }

  @Test
  void openQuoteContinuesIntoNextParagraph() {
    String t = "“The first part runs on.\n\n“The second part ends,” she said.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(2, q.size());
    assertTrue(q.get(0).continues());
    assertEquals("The first part runs on.", inner(t, q.get(0)));
    assertFalse(q.get(1).continues());
  }

  @Test
  void unclosedQuoteClosesAtParagraphEnd() {
    String t = "She said “nothing more\nNext paragraph has no marks.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(1, q.size());
    assertFalse(q.get(0).continues());
    assertEquals("nothing more", inner(t, q.get(0)));
  }

  @Test
  void randomTextNeverBreaksTheSpanInvariants() {
    Random r = new Random(7);
    String alphabet = "ab \"“”'`\n.,";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(60); i > 0; i--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      for (QuoteMarks.Span s : QuoteMarks.scan(t)) {
        assertTrue(s.start() <= s.innerStart() && s.innerEnd() <= s.end() && s.end() <= t.length(), t);
      }
    }
  }

  @Test
  void aClosingMarkBeforeASpaceOpensWhenAnotherClosesLater() {
    String t = "He says, ” there are many of us.” Then he left.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(1, q.size());
    assertEquals("there are many of us.", inner(t, q.get(0)).strip());
  }

  @Test
  void britishSingleQuotesPairAroundTheirOwnPunctuationInAReportingParagraph() {
    String t = "Lee: 'We won.'\n'We played well,' said the manager. 'The players showed character.'\n"
        + "She told the BBC: \u2018It\u2019s a disgrace.\u2019\n'We want answers,' protesters chanted.";
    List<String> q = QuoteMarks.scan(t).stream().map(s -> inner(t, s)).toList();
    assertEquals(List.of("We played well,", "The players showed character.", "It\u2019s a disgrace.",
        "We want answers,"), q);
  }

  @Test
  void aBritishQuoteOpenAtAParagraphEndRunsOnWhenTheNextOpensWithASingleMark() {
    String t = "Intro.\n'We will not give up,' she said. 'We have come too far.\n\n'The people deserve better.'\n"
        + "'Then we left.\nNo one followed.";
    List<QuoteMarks.Span> q = QuoteMarks.scan(t);
    assertEquals(List.of("We will not give up,", "We have come too far.", "The people deserve better."),
        q.stream().map(s -> inner(t, s)).toList()); // the last paragraph opens no quote: "Then we left." is none
    assertTrue(q.get(1).continues());
    assertFalse(q.get(2).continues());
  }

  @Test
  void apostrophesScareQuotesAndSubheadsAreNoSingleQuotes() {
    String t = "Intro.\nThe workers' union said it won't strike over Lee's 'fake news' claim.\n"
        + "'A fight from start to finish.'\nThe fans' chant, 'We are the champions,' rang out.";
    assertTrue(QuoteMarks.scan(t).isEmpty(), QuoteMarks.scan(t).toString());
  }

  @Test
  void randomSingleQuotedTextNeverBreaksTheSpanInvariants() {
    Random r = new Random(11);
    String[] words = {"a", "b", "said", "'", "\u2018", "\u2019", ",", ".", "?", " ", "\n", "\""};
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        sb.append(words[r.nextInt(words.length)]);
      }
      String t = sb.toString();
      int last = -1;
      for (QuoteMarks.Span s : QuoteMarks.scan(t)) {
        assertTrue(s.start() <= s.innerStart() && s.innerEnd() <= s.end() && s.end() <= t.length(), t);
        assertTrue(s.start() >= last, t); // spans in order, never overlapping
        last = s.end();
      }
    }
  }

  @Test
  void aSingleQuotedPhraseClosingTheContentKeepsItsClosingMark() {
    Quote q = QuoteExtractorTest.containing(QuoteExtractorTest.extract("Opposition leader Ben Carter called the "
        + "harbour plan 'a shambles'."), "shambles");
    assertEquals("the harbour plan 'a shambles'", q.content().text());
    Quote r = QuoteExtractorTest.containing(QuoteExtractorTest.extract("The dockers' union said the workers' pay "
        + "had fallen."), "pay");
    assertEquals("the workers' pay had fallen", r.content().text()); // possessives are no marks
  }
}

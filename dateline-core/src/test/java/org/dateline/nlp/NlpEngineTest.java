package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpEngineTest {
  private static final String TEXT = "Pentagon spokesman Cmdr. Jake Holloway said on Monday that the U.S. backs talks.\n"
      + "Turkish officials met Russian diplomats in Sochi. They agreed to meet again.";

  @Test
  void newlinesEndSentencesAndOffsetsMatchTheText() {
    NlpDoc d = NlpEngine.corenlp(Profile.FAST).annotate(TEXT);
    assertEquals(3, d.sentences().size());
    for (Token t : d.tokens()) {
      assertEquals(t.word(), TEXT.substring(t.start(), t.end()));
    }
    assertEquals("PERSON", d.tokens().get(4).ner());
    assertEquals("NNP", d.tokens().get(4).pos());
    assertEquals("say", d.tokens().get(5).lemma());
  }

  @Test
  void theSharedEngineIsOnePerProfileAndSafeAcrossThreads() throws Exception {
    NlpEngine engine = NlpEngine.corenlp(Profile.FAST);
    assertSame(engine, NlpEngine.corenlp(Profile.FAST));
    NlpDoc expected = engine.annotate(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NlpDoc>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> engine.annotate(TEXT)));
      }
      for (Future<NlpDoc> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndOddTextsGiveEmptyOrValidDocs() {
    NlpEngine engine = NlpEngine.corenlp(Profile.FAST);
    assertEquals(0, engine.annotate("").tokens().size());
    NlpDoc d = engine.annotate("\u0000\u0001 ### \uFFFD \n\n [ ] ( ");
    for (Token t : d.tokens()) {
      assertEquals(t.word(), d.text().substring(t.start(), t.end()));
    }
  }

  @Test
  void aDoubledApostropheAfterAFullStopOpensTheNextSentence() {
    String text = "''It's a fine course,'' Ms. Hedge said of the resort. ''I assume they saw the market returning.''";
    NlpDoc d = NlpEngine.corenlp(Profile.FAST).annotate(text);
    assertEquals(2, d.sentences().size());
    Sentence second = d.sentences().get(1);
    assertEquals(text.lastIndexOf("''I"), second.start());
    Token mark = d.tokens().get(second.firstToken());
    assertEquals("''", mark.word());
    assertEquals("``", mark.pos());
    assertEquals(1, mark.sentence());
    assertEquals("''", d.tokens().getLast().pos());
    for (int i = 0; i < d.tokens().size(); i++) {
      assertEquals(i, d.tokens().get(i).index());
    }
  }

  @Test
  void aClosingDoubledApostropheStaysWithItsSentence() {
    String text = "The mayor called the plan ''a disgrace.'' Then she left.";
    NlpDoc d = NlpEngine.corenlp(Profile.FAST).annotate(text);
    assertEquals(2, d.sentences().size());
    assertEquals(text.indexOf("Then"), d.sentences().get(1).start());
  }
}

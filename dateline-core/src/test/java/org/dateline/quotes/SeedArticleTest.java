package org.dateline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Acceptance on the seed wire report (read from ../shared at test time, never copied into the repo). */
class SeedArticleTest {
  @Test
  void allQuotationsFoundAndAttributed() throws IOException {
    Path seed = Path.of(System.getProperty("dateline.shared", "../shared"), "data/seed/000_30723932e1d335c3.txt");
    Assumptions.assumeTrue(Files.exists(seed), "seed article not found at " + seed + ": skipped");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    List<Quote> quotes = QuoteExtractorTest.extract(text);
    int official = 0;
    int robertson = 0;
    List<Integer> marks = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if ("\"“”".indexOf(text.charAt(i)) >= 0) {
        marks.add(i);
      }
    }
    for (int k = 0; k + 1 < marks.size(); k += 2) {
      int start = marks.get(k) + 1;
      int end = marks.get(k + 1);
      Quote q = quotes.stream().filter(x -> x.content().contains(start, end)).findFirst()
          .orElseThrow(() -> new AssertionError("quotation not found: " + text.substring(start, end)));
      Speaker s = q.speaker().orElseThrow(() -> new AssertionError("no speaker for " + q));
      assertTrue(s.name().map(n -> !n.contains("Assad")).orElse(true), s.toString());
      if (s.anonymous() && s.affiliation().map("State Department"::equals).orElse(false)) {
        official++;
      } else if (s.name().map("Sean Robertson"::equals).orElse(false)) {
        robertson++;
      }
    }
    assertEquals(20, marks.size());
    assertEquals(8, official);
    assertEquals(2, robertson);
  }
}

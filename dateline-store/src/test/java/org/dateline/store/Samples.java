package org.dateline.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;

/** Short wire-style articles written for these tests, analysed by {@link FakeAnalyzer}. */
final class Samples {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  static final String OSLO = """
      OSLO (Wire) - Foreign minister Anna Petrova met Tom Brandt in Oslo on Monday.
      "We agreed to keep talking about the grain corridor," Anna Petrova said after the meeting.
      """;
  static final String NAIROBI = """
      NAIROBI (Wire) - Trade envoy Tom Brandt arrived in Nairobi to discuss tariffs.
      "Tariffs hurt farmers on both sides," Tom Brandt said, adding that Vladimir Putin had not called.
      """;
  static final String PUTIN = """
      MOSCOW (Wire) - Analysts said the Kremlin was quiet.
      "Vladimir Putin will not attend the summit," Sergei Volkov said.
      """;

  private Samples() {}

  static List<AnalyzedArticle> records() {
    FakeAnalyzer f = new FakeAnalyzer();
    return List.of(
        f.apply(Article.of("oslo.txt", OSLO).withPublished(LocalDate.of(2025, 3, 3)).withTitle("Talks in Oslo")),
        f.apply(Article.of("nairobi.txt", NAIROBI).withPublished(LocalDate.of(2025, 3, 5))),
        f.apply(Article.of("putin.txt", PUTIN).withPublished(LocalDate.of(2025, 4, 1))));
  }
}

package org.dateline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Role;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;

/**
 * A stand-in analyzer for API and browser tests (no NLP models): it recognises one wire story written for these
 * tests and builds its record by hand, offsets computed from the text; other texts get an empty record.
 */
final class TestRecords {
  static final String STORY = """
      HARARE (Wire) - Finance minister Grace Moyo met union leaders in Harare on Tuesday.
      "We will pay the arrears by June," Grace Moyo said after the talks.
      """;

  private TestRecords() {}

  static AnalyzedArticle analyze(Article a) {
    String t = a.text();
    if (!t.contains("Grace Moyo") || !t.contains("Harare")) {
      return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          Optional.empty());
    }
    int m1 = t.indexOf("Grace Moyo");
    int m2 = t.indexOf("Grace Moyo", m1 + 1);
    Entity moyo = new Entity("E1", EntityType.PERSON, "Grace Moyo", List.of(new Mention("Grace Moyo", m1, m1 + 10),
        new Mention("Grace Moyo", m2, m2 + 10)), List.of(new Role(TextSpan.of(t, m1 - 18, m1 - 1),
        Optional.of("finance minister"), Optional.empty(), Optional.empty())));
    int q0 = t.indexOf('"') + 1;
    int q1 = t.indexOf('"', q0);
    int said = t.indexOf("said");
    Quote quote = new Quote("Q1", TextSpan.of(t, q0, q1), QuoteType.DIRECT, Optional.of(TextSpan.of(t, said, said + 4)),
        Optional.of(new Speaker(TextSpan.of(t, m2, m2 + 10), Optional.of("E1"), Optional.of("Grace Moyo"),
            Optional.of("finance minister"), Optional.empty(), Optional.empty(), false, Optional.empty())));
    int h = t.indexOf("Harare", 10);
    Place harare = new Place(TextSpan.of(t, h, h + 6), 890299L, "Harare", "P", "PPLC", "ZW", Optional.of("10"),
        -17.83, 31.05, 1_542_813, PlaceType.LITERAL);
    int met = t.indexOf("met");
    int union = t.indexOf("union leaders");
    Event ev = new Event("V1", List.of(new Actor(TextSpan.of(t, m1, m1 + 10), "ZWEGOV", Optional.of("E1"))),
        List.of(new Actor(TextSpan.of(t, union, union + 13), "ZWELAB", Optional.empty())), "CONSULT",
        Optional.empty(), Optional.of("043"), Optional.of(1), Optional.of(2.8), TextSpan.of(t, met, met + 3),
        TextSpan.of(t, 0, t.indexOf('\n')), Optional.of(LocalDate.of(2025, 6, 3)), Optional.of(890299L));
    return new AnalyzedArticle(a, List.of(moyo), List.of(), List.of(quote), List.of(harare), List.of(), List.of(ev),
        List.of(), Optional.empty());
  }
}

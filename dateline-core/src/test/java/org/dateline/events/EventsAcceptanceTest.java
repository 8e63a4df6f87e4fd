package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.eval.EventScorer;
import org.dateline.eval.PetrarchRecords;
import org.dateline.geo.Geocoder;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;
import org.dateline.quotes.QuoteExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End to end with CoreNLP: a wire-style fixture written for this test, and (when ../shared is present) the seed
 * report and the PETRARCH unit-test records scored with the converted validation dictionaries.
 */
class EventsAcceptanceTest {
  private static final String WIRE = """
      ANKARA, Sept 17 - Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday.
      NATO condemned the Russian airstrikes on Ukraine and urged Moscow to withdraw its troops.
      "We will not negotiate with the rebels," a Syrian government spokesman said.
      """;

  private static Dateline pipeline(EventCoder coder) {
    return Dateline.of(NlpEngine.corenlp(Profile.FAST), EntityExtractor.standard(), DateResolver.standard(),
        QuoteExtractor.standard(), Geocoder.standard(), coder);
  }

  private static List<String> summary(List<Event> events) {
    return events.stream().map(Coded::render).toList();
  }

  @Test
  void wireFixture() {
    List<Event> events = pipeline(EventCoder.standard()).analyze(Article.of("wire", WIRE.strip())
        .withPublished(LocalDate.of(2018, 9, 17))).events();
    assertEquals(List.of("TURGOV>RUSGOV 040 CONSULT", "IGOWSTNAT>RUS 111 ACCUSE", "RUS>UKR 195 ASSAULT",
        "IGOWSTNAT>RUSGOV 020 REQUEST", "SYRGOV>---REB 046 CONSULT negated"), summary(events));
    assertTrue(events.stream().allMatch(e -> e.date().equals(java.util.Optional.of(LocalDate.of(2018, 9, 17)))));
  }

  private static Path shared() {
    Path p = Path.of(System.getProperty("dateline.shared", "../../shared"));
    Assumptions.assumeTrue(Files.isDirectory(p.resolve("data")), "../shared not present: skipping " + p);
    return p;
  }

  @Test
  void seedReport() throws IOException {
    Path seed = shared().resolve("data/seed/000_30723932e1d335c3.txt");
    String text = Files.readString(seed);
    List<Event> events = pipeline(EventCoder.standard()).analyze(Article.of("seed", text)
        .withPublished(LocalDate.of(2018, 9, 17))).events();
    List<String> s = summary(events);
    assertTrue(s.contains("TURGOV>RUSGOV 046 CONSULT"), s.toString());
    assertTrue(s.contains("USAGOV>SYRGOV 130 THREATEN hypothetical"), s.toString());
    assertTrue(s.stream().anyMatch(x -> x.startsWith("USA") && x.contains(">IGOUNO 051 SUPPORT")), s.toString());
    for (Event e : events) {
      assertTrue(e.date().equals(java.util.Optional.of(LocalDate.of(2018, 9, 17))), e.toString());
      assertTrue(text.substring(e.trigger().start(), e.trigger().end()).equals(e.trigger().text()), e.toString());
    }
  }

  @Test
  void petrarchUnitTests() throws Exception {
    Path records = shared().resolve("data/events/PETR.UnitTest.records.xml");
    Path dicts = Path.of("..", "eval", "petrarch");
    EventCoder coder = EventCoder.builder().withoutBuiltins().actors(dicts.resolve("validate.actors.txt"))
        .lexicon(dicts.resolve("validate.lexicon.txt")).build();
    Dateline p = pipeline(coder);
    EventScorer.Score s = new EventScorer().score(PetrarchRecords.read(records),
        r -> p.analyze(Article.of(r.id(), r.text()).withPublished(r.date().orElse(null))).events());
    assertTrue(s.rootPercent() >= 75.0, "root-code match " + s.rootPercent());
    assertTrue(s.falsePercent() < 15.0, "false events " + s.falsePercent());
  }
}

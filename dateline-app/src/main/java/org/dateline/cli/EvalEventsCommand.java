package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.eval.EventScorer;
import org.dateline.eval.PetrarchRecords;
import org.dateline.eval.PetrarchRecords.Record;
import org.dateline.events.EventCoder;
import org.dateline.geo.Geocoder;
import org.dateline.model.Article;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;
import org.dateline.pipeline.Json;
import org.dateline.quotes.QuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval events FILE}: scores the event coder on PETRARCH validation records. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Score event coding on PETRARCH validation XML (gold source, target, CAMEO code per sentence).")
final class EvalEventsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "PETRARCH records XML") Path input;

  @Option(names = "--json", description = "Print one JSON object instead of text.") boolean json;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (docs/events.md); repeatable.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon (docs/events.md); repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--no-builtin", description = "Use only the --actors/--lexicon files, not the built-in ones.")
  boolean noBuiltin;

  @Option(names = "--misses", description = "List gold events not recovered and events coded on noevents records.")
  boolean misses;

  @Override
  public Integer call() throws IOException {
    List<Record> records = PetrarchRecords.read(input);
    EventCoder.Builder builder = EventCoder.builder();
    if (noBuiltin) {
      builder.withoutBuiltins();
    }
    actors.forEach(builder::actors);
    lexicons.forEach(builder::lexicon);
    Dateline pipeline = Dateline.of(NlpEngine.corenlp(Profile.FAST), EntityExtractor.standard(),
        DateResolver.standard(), QuoteExtractor.standard(), Geocoder.standard(), builder.build());
    EventScorer scorer = new EventScorer();
    EventScorer.Score s = scorer.score(records, r -> pipeline.analyze(article(r)).events());
    if (json) {
      System.out.println(Json.mapper().writeValueAsString(asMap(s)));
    } else {
      print(s);
    }
    if (misses) {
      for (EventScorer.Outcome o : scorer.outcomes()) {
        if (!o.missed().isEmpty() || (o.record().noEvents() && !o.coded().isEmpty())) {
          System.out.println(o.record().id() + " | " + o.record().text());
          System.out.println("    missed " + o.missed() + "\n    coded  " + o.coded());
        }
      }
    }
    return 0;
  }

  private static Article article(Record r) {
    return Article.of(r.id(), r.text()).withPublished(r.date().orElse(null));
  }

  private static Map<String, Object> asMap(EventScorer.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("records", s.records());
    m.put("scoredRecords", s.scoredRecords());
    m.put("goldEvents", s.goldEvents());
    m.put("fullMatches", s.fullMatches());
    m.put("fullPercent", s.fullPercent());
    m.put("rootMatches", s.rootMatches());
    m.put("rootPercent", s.rootPercent());
    m.put("noEventRecords", s.noEventRecords());
    m.put("falseEventRecords", s.falseEventRecords());
    m.put("falsePercent", s.falsePercent());
    m.put("falseEvents", s.falseEvents());
    m.put("codedEvents", s.codedEvents());
    return m;
  }

  private static void print(EventScorer.Score s) {
    System.out.printf("records               %d (%d scored)%n", s.records(), s.scoredRecords());
    System.out.printf("gold events           %d%n", s.goldEvents());
    System.out.printf("full match            %d (%.1f%%)  source, target and code%n", s.fullMatches(), s.fullPercent());
    System.out.printf("root-code match       %d (%.1f%%)  source, target and first two code digits%n",
        s.rootMatches(), s.rootPercent());
    System.out.printf("false events          %d of %d noevents records (%.1f%%), %d events%n",
        s.falseEventRecords(), s.noEventRecords(), s.falsePercent(), s.falseEvents());
    System.out.printf("coded events          %d%n", s.codedEvents());
  }
}

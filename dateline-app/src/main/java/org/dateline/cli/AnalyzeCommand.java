package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.EventCoder;
import org.dateline.geo.Geocoder;
import org.dateline.nlp.NlpEngine;
import org.dateline.quotes.QuoteExtractor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;
import org.dateline.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline analyze FILE}: the full record of one article as JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyze an article and print its record.")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE") Path input;

  @Option(names = "--published", description = "Publication date (ISO yyyy-mm-dd) for resolving relative dates.")
  LocalDate published;

  @Option(names = "--profile", defaultValue = "fast", description = "fast | accurate") Profile profile;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary for events (docs/events.md); repeatable.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon (docs/events.md); repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    String text = Files.readString(input, StandardCharsets.UTF_8);
    Article article = Article.of(input.getFileName().toString(), text).withPublished(published);
    Dateline pipeline = actors.isEmpty() && lexicons.isEmpty() ? Dateline.create(profile) : withDictionaries();
    AnalyzedArticle result = pipeline.analyze(article);
    System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    return 0;
  }

  private Dateline withDictionaries() {
    EventCoder.Builder events = EventCoder.builder();
    actors.forEach(events::actors);
    lexicons.forEach(events::lexicon);
    return Dateline.of(NlpEngine.corenlp(profile), EntityExtractor.standard(), DateResolver.standard(),
        QuoteExtractor.standard(), Geocoder.standard(), events.build());
  }
}

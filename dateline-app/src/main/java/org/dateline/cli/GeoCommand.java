package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.geo.GeoCandidate;
import org.dateline.geo.GeoExplanation;
import org.dateline.geo.Geocoder;
import org.dateline.model.Article;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline geo explain FILE}: every place mention with its scored candidates (the geocoder's debug view). */
@Command(name = "geo", mixinStandardHelpOptions = true, description = "Geocoder tools.", subcommands = {GeoCommand.Explain.class})
final class GeoCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Show each place mention, its candidates and the score terms behind the choice.")
  static final class Explain implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE") Path input;

    @Option(names = "--json", description = "Print JSON instead of text.") boolean json;

    @Option(names = "--top", defaultValue = "3", description = "Candidates shown per mention (text mode).") int top;

    @Override
    public Integer call() throws IOException {
      String text = Files.readString(input, StandardCharsets.UTF_8);
      Article article = Article.of(input.getFileName().toString(), text);
      NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
      List<GeoExplanation> ex = Geocoder.standard().explain(article, doc);
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ex));
        return 0;
      }
      for (GeoExplanation e : ex) {
        System.out.printf("%s [%d,%d) %s via %s -> %s%n", e.mention().text(), e.mention().start(), e.mention().end(),
            e.type(), e.rule(), e.chosen().isPresent() ? e.chosen().getAsLong() : "unresolved");
        for (GeoCandidate c : e.candidates().subList(0, Math.min(top, e.candidates().size()))) {
          System.out.printf("    %8.3f  %d %s (%s, %s %s) %s%n", c.score(), c.geonameId(), c.name(), c.featureCode(),
              c.countryCode(), c.admin1(), c.terms());
        }
      }
      return 0;
    }
  }
}

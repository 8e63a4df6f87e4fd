package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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

/**
 * {@code dateline analyze FILE|DIR|-}: the full record of each article. One file or stdin prints one pretty JSON
 * record (or several, as JSON Lines, for a JSON Lines input); a directory runs as a batch on all cores, writes JSON
 * Lines in input order, shows a progress bar on stderr, and reports failed documents without stopping.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze articles and print their records.",
        "Exit codes: 0 done (a batch may have failed documents: they are counted on stderr); "
            + "1 fatal (a single input could not be analyzed, output not writable, models not loadable); 2 usage."})
final class AnalyzeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, text }

  @Parameters(index = "0", paramLabel = "FILE|DIR|-",
      description = "A text, HTML or JSON Lines file, a directory of them (batch), or - for standard input.")
  String input;

  @Option(names = "--format", defaultValue = "json", description = "json | text (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none; relative dates (\"Monday\") resolve against it.")
  LocalDate published;

  @Option(names = "--profile", defaultValue = "fast", description = "NLP profile: fast | accurate (default: ${DEFAULT-VALUE})")
  Profile profile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records here instead of stdout.")
  Path output;

  @Option(names = "--threads", description = "Worker threads for a batch (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary on stderr.")
  boolean quiet;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary for events (docs/events.md); repeatable.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon (docs/events.md); repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Override
  public Integer call() {
    boolean stdin = input.equals("-");
    Path path = stdin ? null : Path.of(input);
    if (path != null && !Files.exists(path)) {
      System.err.println("dateline analyze: " + input + ": no such file or directory");
      return 2;
    }
    boolean batch = path != null && Files.isDirectory(path);
    Dateline dateline;
    try {
      dateline = actors.isEmpty() && lexicons.isEmpty() ? Dateline.create(profile) : withDictionaries();
    } catch (org.dateline.ingest.FormatException e) {
      System.err.println("dateline analyze: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      System.err.println("dateline analyze: cannot load the NLP models: " + e.getMessage());
      return 1;
    }
    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      Batch.Result r = stdin ? run(dateline, List.of(), out, true) : run(dateline, Inputs.files(path), out, false);
      out.flush();
      if (batch && !quiet) {
        System.err.println(r.summary());
      }
      return r.analyzed() == 0 && !batch ? 1 : 0;
    } catch (IOException | UncheckedIOException e) {
      System.err.println("dateline analyze: cannot write " + (output == null ? "stdout" : output) + ": " + e.getMessage());
      return 1;
    }
  }

  private Batch.Result run(Dateline dateline, List<Path> files, Writer out, boolean stdin) {
    boolean batch = files.size() > 1 || !stdin && Files.isDirectory(Path.of(input));
    ObjectWriter json = Json.mapper().writer();
    ObjectWriter pretty = Json.mapper().writerWithDefaultPrettyPrinter();
    Batch.Sink sink = new Batch.Sink() {
      private int written;

      @Override
      public void result(AnalyzedArticle a) throws IOException {
        if (format == Format.text) {
          out.write(TextSummary.of(a));
          out.write('\n');
        } else if (batch || written > 0) {
          out.write(json.writeValueAsString(a));
          out.write('\n');
        } else {
          out.write(pretty.writeValueAsString(a));
          out.write('\n');
        }
        written++;
      }

      @Override
      public void failure(String message) {
        System.err.println("dateline analyze: FAILED " + message);
      }
    };
    Batch b = new Batch(dateline, this::withDefaults, batch ? threads : 1, sink);
    if (stdin) {
      return b.run(List.of(Inputs.readStdin(System.in)), null);
    }
    if (!batch || quiet) {
      return b.runFiles(files, null);
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("analyze").setInitialMax(files.size())
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build()) {
      return b.runFiles(files, bar);
    }
  }

  private Article withDefaults(Article a) {
    return a.published().isEmpty() && published != null ? a.withPublished(published) : a;
  }

  private Dateline withDictionaries() {
    EventCoder.Builder events = EventCoder.builder();
    actors.forEach(events::actors);
    lexicons.forEach(events::lexicon);
    return Dateline.of(NlpEngine.corenlp(profile), EntityExtractor.standard(), DateResolver.standard(),
        QuoteExtractor.standard(), Geocoder.standard(), events.build());
  }
}

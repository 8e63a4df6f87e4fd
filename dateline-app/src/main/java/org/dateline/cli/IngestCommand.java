package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import java.util.function.Function;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.dateline.store.IngestReport;
import org.dateline.store.Ingester;
import org.dateline.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest PATH...}: analyse files into the knowledge base, in parallel, with a progress bar. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyze files and directories (text, HTML, JSON Lines, WARC, RSS/Atom) into the knowledge base."
        + " Re-running skips what is stored; exit 1 when some documents failed.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> inputs;

  @Mixin DataOption data;

  @Option(names = "--threads", description = "Analysis threads (default: all cores).") Integer threads;

  @Option(names = "--batch", defaultValue = "32", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--profile", defaultValue = "fast", description = "fast | accurate") Profile profile;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = data.openWritable()) {
      IngestReport r = ingest(kb, inputs, new LazyPipeline(profile), threads == null
          ? Runtime.getRuntime().availableProcessors() : threads, batch);
      return r.failures().isEmpty() ? 0 : 1;
    }
  }

  /** Runs an ingest with a progress bar on stderr and prints the summary; shared with {@code demo}. */
  static IngestReport ingest(KnowledgeBase kb, List<Path> inputs, Function<Article, AnalyzedArticle> pipeline,
      int threads, int batch) {
    IngestReport r;
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build()) {
      r = new Ingester(kb, pipeline, threads, batch, Clock.systemUTC()).run(inputs, new Ingester.Listener() {
        @Override
        public void started(int files) {
          bar.maxHint(files);
        }

        @Override
        public void found(long total) {
          if (total > bar.getMax()) {
            bar.maxHint(total);
          }
        }

        @Override
        public void progressed(long done) {
          bar.stepTo(done);
        }
      });
    }
    double secs = Math.max(r.millis(), 1) / 1000.0;
    System.err.printf("added %d articles, skipped %d already stored, %d failed; %d files in %.1f s (%.1f articles/s)%n",
        r.added(), r.duplicates(), r.failures().size(), r.files(), secs, r.added() / secs);
    for (IngestReport.Failure f : r.failures()) {
      System.err.println("  failed: " + f.source() + " [" + f.kind() + "] " + f.message());
    }
    return r;
  }
}

package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ProgressBar;
import org.dateline.ingest.InputException;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.pipeline.Dateline;

/**
 * Runs the pipeline over many inputs: files are read in order on the calling thread, articles analysed on a
 * pool of worker threads, results delivered in input order through a bounded window (memory stays flat on large
 * batches). A document that fails to read or to analyse is counted and reported, never fatal.
 */
final class Batch {
  /** Receives results in input order, and failure messages. */
  interface Sink {
    void result(AnalyzedArticle a) throws IOException;

    void failure(String message);
  }

  /** Totals of a run. */
  record Result(int analyzed, int failed, Map<InputException.Kind, Integer> failedByKind, int analysisErrors,
      double seconds) {
    String summary() {
      StringBuilder b = new StringBuilder("dateline analyze: " + analyzed + " articles analyzed, " + failed + " failed");
      if (failed > 0) {
        b.append(" (");
        failedByKind.forEach((k, n) -> b.append(k.name().toLowerCase()).append(' ').append(n).append(", "));
        if (analysisErrors > 0) {
          b.append("analysis error ").append(analysisErrors).append(", ");
        }
        b.setLength(b.length() - 2);
        b.append(')');
      }
      b.append(String.format(" in %.1f s (%.1f articles/s)", seconds, seconds > 0 ? analyzed / seconds : 0.0));
      return b.toString();
    }
  }

  private final Dateline dateline;
  private final UnaryOperator<Article> prepare;
  private final int threads;
  private final Sink sink;
  private int analyzed;
  private int failed;
  private int analysisErrors;
  private final Map<InputException.Kind, Integer> byKind = new EnumMap<>(InputException.Kind.class);

  Batch(Dateline dateline, UnaryOperator<Article> prepare, int threads, Sink sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.dateline = dateline;
    this.prepare = prepare;
    this.threads = threads;
    this.sink = sink;
  }

  Result runFiles(List<Path> files, ProgressBar bar) {
    return run(files.stream().map(f -> (java.util.function.Supplier<Inputs.Read>) () -> Inputs.read(f)).toList(), bar, files.size());
  }

  Result run(List<Inputs.Read> reads, ProgressBar bar) {
    return run(reads.stream().map(r -> (java.util.function.Supplier<Inputs.Read>) () -> r).toList(), bar, reads.size());
  }

  private Result run(List<java.util.function.Supplier<Inputs.Read>> inputs, ProgressBar bar, int inputCount) {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dateline-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<AnalyzedArticle>> window = new ArrayDeque<>();
    Deque<Article> pending = new ArrayDeque<>();
    int remainingInputs = inputCount;
    int known = 0;
    try {
      for (java.util.function.Supplier<Inputs.Read> input : inputs) {
        Inputs.Read read = input.get();
        remainingInputs--;
        for (InputException e : read.failures()) {
          fail(e.kind(), e.getMessage());
          step(bar);
          known++;
        }
        for (Article a : read.articles()) {
          Article prepared = prepare.apply(a);
          pending.add(prepared);
          window.add(pool.submit(() -> dateline.analyze(prepared)));
          known++;
          if (window.size() >= threads * 4) {
            drain(window, pending, bar);
          }
        }
        if (bar != null) {
          bar.maxHint(known + remainingInputs);
        }
      }
      while (!window.isEmpty()) {
        drain(window, pending, bar);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(analyzed, failed, Map.copyOf(byKind), analysisErrors, (System.nanoTime() - t0) / 1e9);
  }

  private void drain(Deque<Future<AnalyzedArticle>> window, Deque<Article> pending, ProgressBar bar) {
    Future<AnalyzedArticle> f = window.poll();
    Article a = pending.poll();
    try {
      sink.result(f.get());
      analyzed++;
    } catch (ExecutionException e) {
      failed++;
      analysisErrors++;
      Throwable c = e.getCause();
      sink.failure(a.id() + ": analysis failed: " + c.getClass().getSimpleName() + ": " + c.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    step(bar);
  }

  private void fail(InputException.Kind kind, String message) {
    failed++;
    byKind.merge(kind, 1, Integer::sum);
    sink.failure(message);
  }

  private static void step(ProgressBar bar) {
    if (bar != null) {
      bar.step();
    }
  }
}

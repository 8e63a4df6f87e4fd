package org.dateline.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.InputException;
import org.dateline.ingest.Readers;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;

/**
 * Ingests files into a {@link KnowledgeBase}: one reader thread, {@code threads} analysis workers, and the calling
 * thread committing batches of {@code batchSize}. Documents already stored (content hash or URL) are skipped
 * before analysis, so a re-run after a crash resumes where the last commit ended.
 */
public final class Ingester {
  /** Progress callbacks, called from the committing thread except {@link #found}. */
  public interface Listener {
    /** The inputs expanded to {@code files} files (a first estimate of the documents to come). */
    default void started(int files) {}

    /** Another document will be analysed (called from the reader thread). */
    default void found(long total) {}

    /** {@code done} documents are analysed, skipped or failed so far. */
    default void progressed(long done) {}

    /** A batch of {@code n} articles is committed; {@code total} committed so far in this run. */
    default void committed(int n, long total) {}
  }

  private static final Object END = new Object();
  /** Queued for a document that will not be stored (skipped or failed), so progress counts every document. */
  private static final Object NOT_STORED = new Object();

  private final KnowledgeBase kb;
  private final Function<Article, AnalyzedArticle> analyzer;
  private final int threads;
  private final int batchSize;
  private final Clock clock;

  public Ingester(KnowledgeBase kb, Function<Article, AnalyzedArticle> analyzer, int threads, int batchSize,
      Clock clock) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batchSize must be >= 1, got " + threads + ", " + batchSize);
    }
    this.kb = kb;
    this.analyzer = analyzer;
    this.threads = threads;
    this.batchSize = batchSize;
    this.clock = clock;
  }

  public IngestReport run(List<Path> roots, Listener listener) {
    long t0 = clock.millis();
    List<IngestReport.Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Path> files = Inputs.expand(roots, failures);
    listener.started(files.size());
    BlockingQueue<Object> results = new LinkedBlockingQueue<>();
    Reading reading = new Reading(kb.known(), results, failures, listener);
    // daemon threads: if a commit fails the run throws, and the JVM must not wait for the reader
    Thread reader = Thread.ofPlatform().name("dateline-reader").daemon(true).start(() -> reading.readAll(files));
    long added = commitLoop(results, listener);
    joinQuietly(reader);
    return new IngestReport(files.size(), reading.documents.get(), added, reading.duplicates.get(), failures,
        clock.millis() - t0);
  }

  private long commitLoop(BlockingQueue<Object> results, Listener listener) {
    List<AnalyzedArticle> batch = new ArrayList<>();
    long done = 0;
    long added = 0;
    while (true) {
      Object next;
      try {
        next = results.poll(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        next = END;
      }
      if (next instanceof AnalyzedArticle a) {
        batch.add(a);
      }
      if (next != null && next != END) {
        listener.progressed(++done);
      }
      if (!batch.isEmpty() && (batch.size() >= batchSize || next == null || next == END)) {
        kb.add(batch);
        added += batch.size();
        listener.committed(batch.size(), added);
        batch = new ArrayList<>();
      }
      if (next == END) {
        return added;
      }
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The reader thread's state: dedup sets, the worker pool, and the sink the readers write to. */
  private final class Reading implements ArticleSink {
    final AtomicLong documents = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    private final KnowledgeBase.Known known;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Object> results;
    private final List<IngestReport.Failure> failures;
    private final Listener listener;
    private final ExecutorService pool = Executors.newFixedThreadPool(threads,
        Thread.ofPlatform().name("dateline-analyze-", 1).daemon(true).factory());
    private final Semaphore inFlight = new Semaphore(threads * 4);
    private long queued;

    Reading(KnowledgeBase.Known known, BlockingQueue<Object> results, List<IngestReport.Failure> failures,
        Listener listener) {
      this.known = known;
      this.results = results;
      this.failures = failures;
      this.listener = listener;
    }

    void readAll(List<Path> files) {
      try {
        for (Path f : files) {
          try {
            Readers.forPath(f).read(f, this);
          } catch (InputException e) {
            fail(e);
          } catch (RuntimeException e) {
            // a reader bug must not stop the other files
            fail(new InputException(InputException.Kind.MALFORMED, f.toString(), "reader failed: " + e, -1, e));
          }
        }
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
      } finally {
        results.add(END);
      }
    }

    @Override
    public void accept(Article article) {
      documents.incrementAndGet();
      String hash = Keys.contentHash(article.text());
      boolean urlSeen = article.url().map(u -> known.urls().contains(u) || !seen.add("url:" + u)).orElse(false);
      if (known.hashes().contains(hash) || urlSeen || !seen.add(hash)) {
        duplicates.incrementAndGet();
        results.add(NOT_STORED);
        return;
      }
      inFlight.acquireUninterruptibly();
      listener.found(++queued);
      pool.execute(() -> {
        try {
          results.add(analyzer.apply(article));
        } catch (RuntimeException e) {
          failures.add(new IngestReport.Failure(article.url().orElse(article.id()), "ANALYSIS",
              e.getClass().getSimpleName() + ": " + e.getMessage()));
          results.add(NOT_STORED);
        } finally {
          inFlight.release();
        }
      });
    }

    @Override
    public void fail(InputException failure) {
      failures.add(new IngestReport.Failure(failure.source(), failure.kind().name(), failure.getMessage()));
      results.add(NOT_STORED);
    }
  }
}

package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.nlp.Profile;
import org.dateline.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline demo}: ingest the bundled examples into a temporary data directory and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest examples/ into a temporary knowledge base, serve it, and print the URL.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--examples", paramLabel = "DIR", description = "Articles to ingest (default: the repo's examples/).")
  Path examples;

  @Option(names = "--host", defaultValue = "127.0.0.1") String host;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = examples != null ? examples : Path.of(System.getProperty("dateline.home", "."), "examples");
    if (!Files.isDirectory(dir)) {
      System.err.println("dateline demo: no examples directory at " + dir + " (use --examples DIR)");
      return 2;
    }
    Path data = Files.createTempDirectory("dateline-demo");
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      awaitQuietly(closed); // Ctrl-C: the main thread closes the index first, then its directory goes
      deleteQuietly(data);
    }));
    LazyPipeline pipeline = new LazyPipeline(Profile.FAST);
    try (KnowledgeBase kb = KnowledgeBase.open(data, false, Clock.systemUTC())) {
      IngestCommand.ingest(kb, List.of(dir), pipeline, Runtime.getRuntime().availableProcessors(), 32);
      ServeCommand.serve(kb, pipeline, host, port);
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private static void awaitQuietly(CountDownLatch closed) {
    try {
      if (!closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        System.err.println("dateline demo: the index did not close within " + CLOSE_WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final int CLOSE_WAIT_SECONDS = 10;

  private static void deleteQuietly(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("dateline demo: could not delete " + root + ": " + e.getMessage());
    }
  }
}

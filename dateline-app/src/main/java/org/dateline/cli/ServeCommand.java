package org.dateline.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.dateline.api.ApiServer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.dateline.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline serve}: the REST API and web page over the knowledge base, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/v1) and the web page over the knowledge base.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--profile", defaultValue = "fast", description = "fast | accurate") Profile profile;

  @Override
  public Integer call() throws InterruptedException {
    boolean exists = Files.exists(data.dir.resolve("dateline.duckdb"));
    try (KnowledgeBase kb = exists ? data.openReadOnly() : data.openWritable()) {
      serve(kb, new LazyPipeline(profile), host, port);
      return 0;
    }
  }

  /** Starts the server, prints its URL, and blocks until the JVM is asked to stop. */
  static void serve(KnowledgeBase kb, Function<Article, AnalyzedArticle> analyzer, String host, int port)
      throws InterruptedException {
    Javalin app = ApiServer.create(kb, analyzer).start(host, port);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stop.countDown();
    }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.out.println("Dateline is serving " + kb.dir() + " at http://" + shown + ":" + app.port()
        + "/ (Ctrl-C stops)");
    System.out.flush();
    stop.await();
  }
}

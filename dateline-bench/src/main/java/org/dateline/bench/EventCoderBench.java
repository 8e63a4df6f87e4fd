package org.dateline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.EventCoder;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The events stage alone, per article, on pre-annotated texts (NLP and entities run once in setup):
 * {@code ./dateline jmh EventCoderBench -p dir=../shared/data/polnear/dev/text}. Reports milliseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class EventCoderBench {
  @Param("../shared/data/polnear/dev/text")
  public String dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<NlpDoc> docs = new ArrayList<>();
  private final List<List<Entity>> entities = new ArrayList<>();
  private EventCoder coder;
  private int next;

  @Setup
  public void setup() {
    NlpEngine nlp = NlpEngine.corenlp(Profile.FAST);
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Article a = Article.of(p.getFileName().toString(), Files.readString(p)).withPublished(LocalDate.of(2016, 10, 1));
        NlpDoc d = nlp.annotate(a.text());
        articles.add(a);
        docs.add(d);
        entities.add(EntityExtractor.standard().extract(a, d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no .txt articles in " + dir);
    }
    coder = EventCoder.standard();
  }

  /** One article per call, cycling through the set. */
  @Benchmark
  public void codeOneArticle(Blackhole bh) {
    int i = next++ % articles.size();
    bh.consume(coder.code(articles.get(i), docs.get(i), entities.get(i), List.of(), List.of(), List.of()));
  }
}

package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.entities.EntityExtractor;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.quotes.QuoteExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the quote stage alone, per article, over PolNeAR dev texts annotated once in setup (the NLP profile is
 * not timed). Run: {@code ./dateline jmh QuoteStageBench}; texts come from {@code -Ddateline.shared} (default
 * {@code ../shared}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class QuoteStageBench {
  private final List<Article> articles = new ArrayList<>();
  private final List<NlpDoc> docs = new ArrayList<>();
  private final List<List<Entity>> entities = new ArrayList<>();
  private final QuoteExtractor quotes = QuoteExtractor.standard();
  private int next;

  @Setup
  public void setup() throws IOException {
    Path dir = Path.of(System.getProperty("dateline.shared", "../shared"), "data/polnear/dev/text");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    NlpEngine nlp = NlpEngine.corenlp(Profile.FAST);
    for (Path f : files) {
      Article a = Article.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      NlpDoc d = nlp.annotate(a.text());
      articles.add(a);
      docs.add(d);
      entities.add(EntityExtractor.standard().extract(a, d));
    }
  }

  /** One article per call, round robin. */
  @Benchmark
  public List<Quote> extractOneArticle() {
    int i = next++ % articles.size();
    return quotes.extract(articles.get(i), docs.get(i), entities.get(i));
  }
}

package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
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

/**
 * JMH benchmarks of the hot stages on one article: the NLP engine (tokenize, ssplit, POS, lemma, NER), entity
 * extraction and date resolution over a prepared annotation. Run: {@code ./dateline jmh StageBenchmarks}
 * (the article defaults to {@code examples/04-baltic-exercise.txt}; {@code -p article=PATH} picks another).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StageBenchmarks {
  @Param({"examples/04-baltic-exercise.txt"})
  public String article;

  private NlpEngine nlp;
  private Article input;
  private NlpDoc doc;
  private final EntityExtractor entities = EntityExtractor.standard();
  private final DateResolver dates = DateResolver.standard();

  @Setup
  public void setUp() throws IOException {
    Path p = Path.of(article);
    if (!p.isAbsolute() && !Files.exists(p)) {
      p = Path.of(System.getProperty("dateline.home", "."), article);
    }
    String text = Files.readString(p);
    if (text.startsWith("---\n")) {
      text = text.substring(text.indexOf("\n---\n", 3) + 5);
    }
    input = Article.of(p.getFileName().toString(), text).withPublished(LocalDate.of(2023, 5, 22));
    nlp = NlpEngine.corenlp(Profile.FAST);
    doc = nlp.annotate(text);
  }

  @Benchmark
  public NlpDoc nlp() {
    return nlp.annotate(input.text());
  }

  @Benchmark
  public List<Entity> entities() {
    return entities.extract(input, doc);
  }

  @Benchmark
  public List<DateMention> dates() {
    return dates.resolve(input, doc);
  }
}

package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.InputException;
import org.dateline.ingest.Readers;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: the full record of every article under {@code examples/} must equal
 * {@code src/test/resources/golden/<file>.json}. When a stage changes the output on purpose, regenerate with
 * {@code ./mvnw -B -o test -pl dateline-core -am -Dtest=GoldenExamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddateline.golden.update=true} and review the diff in git.
 */
class GoldenExamplesTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("dateline.examples", "../examples"));
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("dateline.golden.update");

  @TestFactory
  Stream<DynamicTest> examplesMatchGoldenFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no examples under " + EXAMPLES.toAbsolutePath());
    Dateline dateline = Dateline.create(Profile.FAST);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(dateline, f)));
  }

  private static void check(Dateline dateline, Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    Readers.forPath(file).read(file, new ArticleSink() {
      @Override
      public void accept(Article article) {
        articles.add(article);
      }

      @Override
      public void fail(InputException failure) {
        throw failure;
      }
    });
    StringBuilder actual = new StringBuilder();
    for (Article a : articles) {
      AnalyzedArticle r = dateline.analyze(a);
      actual.append(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r)).append('\n');
    }
    Path golden = GOLDEN.resolve(file.getFileName() + ".json");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + ": run with -Ddateline.golden.update=true to create it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual.toString())) {
      fail("record of " + file + " differs from " + golden
          + " (regenerate with -Ddateline.golden.update=true if the change is intended):\n"
          + LineDiff.diff(expected, actual.toString()));
    }
  }
}

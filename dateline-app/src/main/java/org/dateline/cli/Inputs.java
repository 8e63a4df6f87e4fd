package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.InputException;
import org.dateline.ingest.Readers;
import org.dateline.model.Article;

/** Lists and reads the inputs of a command: one file, every regular non-hidden file under a directory, or stdin. */
final class Inputs {
  private Inputs() {}

  /** The files to read for {@code input}, sorted by path; a directory is walked recursively. */
  static List<Path> files(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  /** What one input yielded: its articles and its per-document failures (a whole-input failure included). */
  record Read(List<Article> articles, List<InputException> failures) {}

  static Read read(Path file) {
    CollectingSink c = new CollectingSink();
    try {
      Readers.forPath(file).read(file, c);
    } catch (InputException e) {
      c.fail(e);
    }
    return new Read(c.articles(), c.failures());
  }

  static Read readStdin(InputStream in) {
    CollectingSink c = new CollectingSink();
    try {
      Readers.read("<stdin>", in, c);
    } catch (InputException e) {
      c.fail(e);
    }
    return new Read(c.articles(), c.failures());
  }
}

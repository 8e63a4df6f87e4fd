package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands ingest arguments into the regular files under them (recursive, sorted, hidden files skipped). */
final class Inputs {
  private Inputs() {}

  static List<Path> expand(List<Path> roots, List<IngestReport.Failure> failures) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        failures.add(new IngestReport.Failure(root.toString(), "IO", "input does not exist"));
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          failures.add(new IngestReport.Failure(root.toString(), "IO", "cannot list directory: " + e.getMessage()));
        }
      } else {
        out.add(root);
      }
    }
    return out;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

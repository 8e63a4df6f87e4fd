package org.dateline.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Chooses the {@link DocumentReader} for an input path. */
public final class Readers {
  private Readers() {}

  /** The reader for {@code path}, chosen by file name extension; plain text when nothing else fits. */
  public static DocumentReader forPath(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    // Formats register here: HTML and JSON Lines (foundation), WARC and RSS/Atom (knowledge base).
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return new WarcFileReader();
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return new FeedReader();
    }
    return new TextReader();
  }
}

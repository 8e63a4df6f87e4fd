package org.dateline.ingest;

import java.nio.file.Path;

/**
 * Reads the articles in one input file (a text or HTML page, a JSON Lines file, a WARC, a feed). Documents that fail
 * go to {@link ArticleSink#fail} and reading goes on; a failure of the whole input (unreadable, empty, binary)
 * throws {@link InputException}.
 */
public interface DocumentReader {
  void read(Path path, ArticleSink sink);
}

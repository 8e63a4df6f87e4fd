package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Chooses the {@link DocumentReader} for an input. */
public final class Readers {
  /** A format: which file names it reads and how. */
  private record Format(String name, Predicate<String> accepts, Supplier<DocumentReader> reader) {}

  /**
   * Formats by file name, first match wins; plain text when none matches. Add a format with one line here
   * (WARC and RSS/Atom readers register the same way).
   */
  private static final List<Format> FORMATS = List.of(
      new Format("html", n -> n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml"), HtmlReader::new),
      new Format("jsonl", n -> n.endsWith(".jsonl") || n.endsWith(".ndjson"), JsonLinesReader::new),
      new Format("warc", n -> n.endsWith(".warc") || n.endsWith(".warc.gz"), WarcFileReader::new),
      new Format("feed", n -> n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml"), FeedReader::new));

  private Readers() {}

  /** The reader for {@code path}, chosen by file name extension; plain text when nothing else fits. */
  public static DocumentReader forPath(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Format f : FORMATS) {
      if (f.accepts().test(name)) {
        return f.reader().get();
      }
    }
    return new TextReader();
  }

  /**
   * Reads a stream (standard input) named {@code name}, sniffing the format: a leading {@code <} is HTML, a
   * leading {@code {} is JSON Lines, anything else plain text (with optional front matter).
   */
  public static void read(String name, InputStream in, ArticleSink sink) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, name, "cannot read input: " + e, -1, e);
    }
    if (bytes.length > TextDecoder.MAX_BYTES) {
      throw TextDecoder.tooLarge(name, bytes.length);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
    if (head.startsWith("<")) {
      sink.accept(HtmlReader.parse(name, bytes, name));
    } else if (head.startsWith("{")) {
      try {
        JsonLinesReader.read(name, name, new ByteArrayInputStream(bytes), sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      sink.accept(TextReader.parse(name, bytes, name));
    }
  }
}

package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Article;

/**
 * One plain-text file is one article; the id is the file name. An optional front matter block sets metadata:
 * the file starts with a line {@code ---}, then {@code key: value} lines (id, url, title, source, byline,
 * published, language), then {@code ---}; the article text (and all offsets) start after it.
 */
final class TextReader implements DocumentReader {
  @Override
  public void read(Path path, ArticleSink sink) {
    sink.accept(parse(path.getFileName().toString(), TextReader.bytes(path), path.toString()));
  }

  static byte[] bytes(Path path) {
    try {
      long size = Files.size(path);
      if (size > TextDecoder.MAX_BYTES) {
        throw TextDecoder.tooLarge(path.toString(), size);
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, path.toString(), "cannot read file: " + e, -1, e);
    }
  }

  static Article parse(String id, byte[] bytes, String source) {
    String text = TextDecoder.decode(bytes, source);
    Map<String, String> meta = new HashMap<>();
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
      int end = text.indexOf("\n---", 3);
      if (end < 0) {
        throw new InputException(InputException.Kind.MALFORMED, source, "front matter opened by '---' is never closed", 1, null);
      }
      String[] lines = text.substring(text.indexOf('\n') + 1, end).split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon <= 0) {
          throw new InputException(InputException.Kind.MALFORMED, source,
              "front matter line must be 'key: value', got '" + lines[i] + "'", i + 2, null);
        }
        meta.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
      int bodyStart = text.indexOf('\n', end + 1);
      text = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
      if (text.isBlank()) {
        throw new InputException(InputException.Kind.EMPTY, source, "no article text after the front matter");
      }
    }
    Optional<LocalDate> published = Optional.empty();
    if (meta.containsKey("published")) {
      published = PublishedDates.parse(meta.get("published"));
      if (published.isEmpty()) {
        throw new InputException(InputException.Kind.MALFORMED, source,
            "front matter 'published' must be an ISO date (yyyy-mm-dd), got '" + meta.get("published") + "'");
      }
    }
    return new Article(meta.getOrDefault("id", id), opt(meta, "url"), opt(meta, "title"), opt(meta, "source"),
        opt(meta, "byline"), published, meta.getOrDefault("language", "en"), text);
  }

  private static Optional<String> opt(Map<String, String> meta, String key) {
    return Optional.ofNullable(meta.get(key)).filter(v -> !v.isBlank());
  }
}

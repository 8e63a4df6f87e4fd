package org.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.model.Article;

/**
 * JSON Lines: one object per line with {@code text} (required) and {@code id, url, title, source, byline, published,
 * language} (optional; the id defaults to {@code file#line}). A bad line is reported as a MALFORMED failure with
 * its line number and reading goes on; blank lines are skipped. The file must be UTF-8.
 */
final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void read(Path path, ArticleSink sink) {
    try (InputStream in = Files.newInputStream(path)) {
      read(path.getFileName().toString(), path.toString(), in, sink);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, path.toString(), "cannot read file: " + e, -1, e);
    }
  }

  static void read(String name, String source, InputStream in, ArticleSink sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    long n = 0;
    int nonBlank = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      try {
        sink.accept(article(name + "#" + n, source, n, line));
      } catch (InputException e) {
        sink.fail(e);
      }
    }
    if (nonBlank == 0) {
      throw new InputException(InputException.Kind.EMPTY, source, "JSON Lines input has no records");
    }
  }

  private static Article article(String defaultId, String source, long line, String json) {
    if (json.length() > TextDecoder.MAX_BYTES) {
      throw new InputException(InputException.Kind.TOO_LARGE, source, "line is " + json.length()
          + " characters, above the limit of " + TextDecoder.MAX_BYTES, line, null);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(InputException.Kind.MALFORMED, source, "line is not valid JSON: "
          + e.getOriginalMessage(), line, null);
    }
    if (node == null || !node.isObject()) {
      throw new InputException(InputException.Kind.MALFORMED, source, "line must be a JSON object", line, null);
    }
    String text = str(node, "text").orElse("");
    if (text.isBlank()) {
      throw new InputException(InputException.Kind.EMPTY, source, "object has no non-blank \"text\" field", line, null);
    }
    Optional<String> published = str(node, "published");
    var date = published.flatMap(PublishedDates::parse);
    if (published.isPresent() && date.isEmpty()) {
      throw new InputException(InputException.Kind.MALFORMED, source,
          "\"published\" must be an ISO date or date-time, got '" + published.get() + "'", line, null);
    }
    return new Article(str(node, "id").orElse(defaultId), str(node, "url"), str(node, "title"), str(node, "source"),
        str(node, "byline"), date, str(node, "language").orElse("en"), text);
  }

  private static Optional<String> str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText()).filter(s -> !s.isBlank());
  }
}

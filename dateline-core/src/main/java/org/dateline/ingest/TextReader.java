package org.dateline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Article;

/** One plain-text file is one article; the id is the file name. */
final class TextReader implements DocumentReader {
  @Override
  public void read(Path path, ArticleSink sink) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, path.toString(), "cannot read file: " + e.getMessage(), -1, e);
    }
    if (text.isBlank()) {
      throw new InputException(InputException.Kind.EMPTY, path.toString(), "file has no text");
    }
    sink.accept(Article.of(path.getFileName().toString(), text));
  }
}

package org.dateline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news document as ingested. {@code text} is the analysed body (title excluded unless the source had no
 * separate title); all offsets in an {@link AnalyzedArticle} point into it.
 */
public record Article(
    String id,
    Optional<String> url,
    Optional<String> title,
    Optional<String> source,
    Optional<String> byline,
    Optional<LocalDate> published,
    String language,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    Objects.requireNonNull(url, "url must not be null (use Optional.empty())");
    Objects.requireNonNull(title, "title must not be null (use Optional.empty())");
    Objects.requireNonNull(source, "source must not be null (use Optional.empty())");
    Objects.requireNonNull(byline, "byline must not be null (use Optional.empty())");
    Objects.requireNonNull(published, "published must not be null (use Optional.empty())");
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** An article with only an id and a text. */
  public static Article of(String id, String text) {
    return new Article(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "en", text);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, url, title, source, byline, Optional.ofNullable(date), language, text);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, url, Optional.ofNullable(newTitle), source, byline, published, language, text);
  }
}

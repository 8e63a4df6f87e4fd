package org.dateline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.pipeline.Json;

/**
 * {@code POST /v1/analyze}: the full record of a posted article. Body: JSON {@code {"text", "title"?, "published"?,
 * "url"?}} or plain text. Nothing is stored.
 */
final class AnalyzeRoute {
  static final int MAX_TEXT_CHARS = 200_000;

  private final Function<Article, AnalyzedArticle> analyzer;
  /** At most one analysis per core at a time; the others wait briefly, then get 503. */
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors());

  AnalyzeRoute(Function<Article, AnalyzedArticle> analyzer) {
    this.analyzer = analyzer;
  }

  void handle(Context ctx) {
    String body = ctx.body();
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    Article a = type.startsWith("text/plain") ? Article.of("posted", body) : fromJson(body);
    if (a.text().isBlank()) {
      throw new ApiError(400, "text must not be blank");
    }
    if (a.text().length() > MAX_TEXT_CHARS) {
      throw new ApiError(413, "text must be at most " + MAX_TEXT_CHARS + " characters, got " + a.text().length());
    }
    try {
      if (!running.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new ApiError(503, "all analysis threads are busy; retry later");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted while waiting for an analysis thread");
    }
    try {
      Replies.json(ctx, analyzer.apply(a));
    } finally {
      running.release();
    }
  }

  private static Article fromJson(String body) {
    JsonNode n;
    try {
      n = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "body must be JSON {\"text\": ...} or text/plain: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr()));
    }
    if (n == null || !n.isObject() || !n.path("text").isTextual()) {
      throw new ApiError(400, "body must be a JSON object with a string field \"text\"");
    }
    Article a = Article.of(opt(n, "id").orElse("posted"), n.get("text").asText());
    a = a.withTitle(opt(n, "title").orElse(null));
    Optional<String> published = opt(n, "published");
    try {
      a = a.withPublished(published.map(LocalDate::parse).orElse(null));
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "\"published\" must be an ISO date (yyyy-mm-dd), got '" + published.get() + "'");
    }
    Optional<String> url = opt(n, "url");
    return new Article(a.id(), url, a.title(), a.source(), a.byline(), a.published(), a.language(), a.text());
  }

  private static Optional<String> opt(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }
}

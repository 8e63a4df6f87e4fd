package org.dateline.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: REST routes under {@code /v1} (see {@code openapi.json}), the web page from the classpath
 * folder {@code web/}, JSON errors for everything that fails, and a request body limit of {@link #MAX_BODY_BYTES}.
 */
public final class ApiServer {
  public static final long MAX_BODY_BYTES = 1L << 20;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  /** A configured, not yet started server; call {@code start(host, port)}. */
  public static Javalin create(KnowledgeBase kb, Function<Article, AnalyzedArticle> analyzer) {
    QueryRoutes q = new QueryRoutes(kb);
    AnalyzeRoute analyze = new AnalyzeRoute(analyzer);
    byte[] openapi = resource("/openapi.json");
    return Javalin.create(config -> {
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
      config.routes.get("/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
      config.routes.post("/v1/analyze", analyze::handle);
      config.routes.get("/v1/articles", q::articles);
      config.routes.get("/v1/articles/{id}", q::article);
      config.routes.get("/v1/quotes", q::quotes);
      config.routes.get("/v1/entities", q::entities);
      config.routes.get("/v1/places", q::places);
      config.routes.get("/v1/events", q::events);
      config.routes.get("/v1/search", q::search);
      config.routes.get("/v1/stats", q::stats);
      config.routes.exception(ApiError.class, (e, ctx) -> Replies.error(ctx, e.status(), e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> Replies.error(ctx, e.getStatus(),
          e.getMessage()));
      config.routes.exception(StoreException.class, ApiServer::storeError);
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        Replies.error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
      config.routes.error(404, ApiServer::notFound);
      config.routes.error(405, ctx -> fallback(ctx, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
  }

  private static void storeError(StoreException e, Context ctx) {
    Replies.error(ctx, e.kind() == StoreException.Kind.BAD_QUERY ? 400 : 500, e.getMessage());
  }

  private static void notFound(Context ctx) {
    fallback(ctx, "no route or file for " + ctx.method() + " " + ctx.path());
  }

  private static void fallback(Context ctx, String message) {
    if (ctx.attribute(Replies.ERROR_WRITTEN) == null) {
      Replies.error(ctx, ctx.status().getCode(), message);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

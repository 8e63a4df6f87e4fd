package org.dateline.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.SearchQuery;
import org.dateline.store.Stats;

/** The read-only routes over the knowledge base. */
final class QueryRoutes {
  static final int MAX_LIMIT = SearchQuery.MAX_LIMIT;

  private final KnowledgeBase kb;

  QueryRoutes(KnowledgeBase kb) {
    this.kb = kb;
  }

  void articles(Context ctx) {
    Replies.json(ctx, kb.articles(limit(ctx), Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)).asMaps());
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{16}")) {
      throw new ApiError(400, "article id must be 16 lower-case hex digits, got '" + id + "'");
    }
    String json = kb.record(id).orElseThrow(() -> new ApiError(404, "no article with id '" + id + "'"));
    ctx.contentType("application/json").result(json);
  }

  void quotes(Context ctx) {
    Replies.json(ctx, kb.quotes(Params.text(ctx, "speaker"), Params.text(ctx, "about"), Params.date(ctx, "since"),
        Params.date(ctx, "until"), limit(ctx)).asMaps());
  }

  void entities(Context ctx) {
    Replies.json(ctx, kb.entities(Params.text(ctx, "name"), Params.text(ctx, "type"), limit(ctx)).asMaps());
  }

  void places(Context ctx) {
    Replies.json(ctx, kb.places(Params.text(ctx, "country"), limit(ctx)).asMaps());
  }

  void events(Context ctx) {
    Replies.json(ctx, kb.events(Params.text(ctx, "actor"), Params.text(ctx, "type"), Params.date(ctx, "since"),
        Params.date(ctx, "until"), limit(ctx)).asMaps());
  }

  void search(Context ctx) {
    String target = Params.text(ctx, "target").orElse("articles").toUpperCase(Locale.ROOT);
    if (!target.equals("ARTICLES") && !target.equals("QUOTES")) {
      throw new ApiError(400, "parameter 'target' must be articles or quotes, got '" + ctx.queryParam("target") + "'");
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (String dim : new String[] {"speaker", "entity", "place", "country", "event_type"}) {
      Params.text(ctx, dim).ifPresent(v -> filters.put(dim, v));
    }
    SearchQuery q = new SearchQuery(Params.text(ctx, "q").orElse(""), SearchQuery.Target.valueOf(target), filters,
        Params.date(ctx, "since"), Params.date(ctx, "until"), limit(ctx));
    Replies.json(ctx, kb.search(q));
  }

  void stats(Context ctx) {
    Stats s = kb.stats(Params.integer(ctx, "top", 10, 1, 100));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("totals", s.totals().asMaps().getFirst());
    out.put("perDay", s.perDay().asMaps());
    out.put("topSpeakers", s.topSpeakers().asMaps());
    out.put("topActors", s.topActors().asMaps());
    out.put("topPlaces", s.topPlaces().asMaps());
    Replies.json(ctx, out);
  }

  private static int limit(Context ctx) {
    return Params.integer(ctx, "limit", 20, 1, MAX_LIMIT);
  }
}

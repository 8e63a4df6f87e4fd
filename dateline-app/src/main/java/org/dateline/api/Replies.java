package org.dateline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.pipeline.Json;

/** Writes JSON bodies: values through the one Dateline mapper, errors as {@code {"error":{status,message}}}. */
final class Replies {
  static final String ERROR_WRITTEN = "dateline.error";

  private Replies() {}

  static void json(Context ctx, Object value) {
    try {
      ctx.contentType("application/json").result(Json.mapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise response: " + e.getMessage(), e);
    }
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("status", status);
    err.put("message", message);
    ctx.status(status);
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    json(ctx, Map.of("error", err));
  }
}

package org.dateline.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typed query parameters; a bad value is a 400 naming the parameter and the value. */
final class Params {
  private Params() {}

  static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  static int integer(Context ctx, String name, int dflt, int min, int max) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v.get());
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "parameter '" + name + "' must be an integer in " + min + ".." + max + ", got '"
        + v.get() + "'");
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    Optional<String> v = text(ctx, name);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "parameter '" + name + "' must be an ISO date (yyyy-mm-dd), got '" + v.get() + "'");
    }
  }
}

package org.dateline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date expression and, when it can be resolved (against the publication date for relative forms such as
 * "Monday" or "last week"), the ISO date it denotes. {@code granularity} is DAY, WEEK, MONTH or YEAR.
 */
public record DateMention(String text, int start, int end, Optional<LocalDate> resolved, String granularity) {
  public DateMention {
    Checks.text("date text", text);
    Checks.span("date", start, end);
    Objects.requireNonNull(resolved, "resolved must not be null (use Optional.empty())");
    Objects.requireNonNull(granularity, "granularity must not be null");
  }
}

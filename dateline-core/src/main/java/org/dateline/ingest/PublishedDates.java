package org.dateline.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates found in metadata: ISO dates and date-times, RFC 1123 dates. */
final class PublishedDates {
  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

  private PublishedDates() {}

  /** The calendar date written in {@code value} (its local date as written, time zone ignored); empty if none. */
  static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value);
    try {
      if (m.find()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}

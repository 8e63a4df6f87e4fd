package org.dateline.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --since/--until} (ISO dates, inclusive) shared by the query commands. */
final class DateRange {
  @Option(names = "--since", paramLabel = "DATE", description = "Only on or after this date (yyyy-mm-dd).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only on or before this date (yyyy-mm-dd).")
  LocalDate until;

  Optional<LocalDate> from() {
    return Optional.ofNullable(since);
  }

  Optional<LocalDate> to() {
    return Optional.ofNullable(until);
  }
}

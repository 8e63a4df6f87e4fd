package org.dateline.cli;

import picocli.CommandLine.Option;

/** {@code --limit} and {@code --json}, shared by the listing commands. */
final class ListOptions {
  @Option(names = "--limit", defaultValue = "20", description = "Rows to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON instead of a table.") boolean json;
}

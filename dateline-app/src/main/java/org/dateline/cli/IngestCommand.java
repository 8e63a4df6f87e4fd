package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code ingest} command lands. */
@Command(name = "ingest", description = "(not yet available)")
final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline ingest: not yet available in this build");
    return 2;
  }
}

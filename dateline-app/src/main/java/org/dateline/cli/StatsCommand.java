package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code stats} command lands. */
@Command(name = "stats", description = "(not yet available)")
final class StatsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline stats: not yet available in this build");
    return 2;
  }
}

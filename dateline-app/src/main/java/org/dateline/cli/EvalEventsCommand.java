package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until {@code eval events} lands. */
@Command(name = "events", description = "(not yet available)")
final class EvalEventsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline eval events: not yet available in this build");
    return 2;
  }
}

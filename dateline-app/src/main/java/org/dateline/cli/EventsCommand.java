package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code events} command lands. */
@Command(name = "events", description = "(not yet available)")
final class EventsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline events: not yet available in this build");
    return 2;
  }
}

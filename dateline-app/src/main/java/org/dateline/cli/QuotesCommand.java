package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code quotes} command lands. */
@Command(name = "quotes", description = "(not yet available)")
final class QuotesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline quotes: not yet available in this build");
    return 2;
  }
}

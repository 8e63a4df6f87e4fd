package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until {@code eval quotes} lands. */
@Command(name = "quotes", description = "(not yet available)")
final class EvalQuotesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline eval quotes: not yet available in this build");
    return 2;
  }
}

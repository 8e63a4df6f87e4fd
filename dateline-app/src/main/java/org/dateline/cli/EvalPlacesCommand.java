package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until {@code eval places} lands. */
@Command(name = "places", description = "(not yet available)")
final class EvalPlacesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline eval places: not yet available in this build");
    return 2;
  }
}

package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code search} command lands. */
@Command(name = "search", description = "(not yet available)")
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline search: not yet available in this build");
    return 2;
  }
}

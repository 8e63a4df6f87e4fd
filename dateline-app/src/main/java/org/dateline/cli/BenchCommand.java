package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code bench} command lands. */
@Command(name = "bench", description = "(not yet available)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline bench: not yet available in this build");
    return 2;
  }
}

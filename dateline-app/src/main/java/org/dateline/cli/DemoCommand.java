package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code demo} command lands. */
@Command(name = "demo", description = "(not yet available)")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline demo: not yet available in this build");
    return 2;
  }
}

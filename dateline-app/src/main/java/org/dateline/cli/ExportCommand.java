package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code export} command lands. */
@Command(name = "export", description = "(not yet available)")
final class ExportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline export: not yet available in this build");
    return 2;
  }
}

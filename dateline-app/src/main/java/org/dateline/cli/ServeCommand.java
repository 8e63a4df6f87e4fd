package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the {@code serve} command lands. */
@Command(name = "serve", description = "(not yet available)")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("dateline serve: not yet available in this build");
    return 2;
  }
}

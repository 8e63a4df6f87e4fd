package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline eval quotes|places|events}: scores Dateline against gold corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Dateline against gold data.",
    subcommands = {EvalQuotesCommand.class, EvalPlacesCommand.class, EvalEventsCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}

package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dateline} command. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads news: who said what, who did what to whom, where and when.",
    subcommands = {
      AnalyzeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      QuotesCommand.class,
      EventsCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      GeoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (0 ok, 1 failure, 2 usage error). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::knownFailure).execute(args);
  }

  /**
   * Knowledge-base failures (missing, locked, schema mismatch) and malformed user files (dictionaries, gold data)
   * print their message, which names the source and the rule, not a stack trace.
   */
  private static int knownFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof org.dateline.store.StoreException || e instanceof org.dateline.ingest.FormatException) {
      cmd.getErr().println("dateline " + cmd.getCommandName() + ": " + e.getMessage());
      return 1;
    }
    throw e;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dateline " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}

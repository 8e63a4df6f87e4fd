package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.dateline.store.KnowledgeBase;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by the knowledge-base commands. */
final class DataOption {
  @Option(names = "--data", defaultValue = "./dateline-data", paramLabel = "DIR",
      description = "Data directory of the knowledge base (default: ${DEFAULT-VALUE}).")
  Path dir;

  KnowledgeBase openReadOnly() {
    return KnowledgeBase.open(dir, true, Clock.systemUTC());
  }

  KnowledgeBase openWritable() {
    return KnowledgeBase.open(dir, false, Clock.systemUTC());
  }
}

package org.dateline.cli;

import java.util.concurrent.Callable;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline stats}: totals, articles per day, top speakers, actors and places. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Summarize the knowledge base.")
final class StatsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--top", defaultValue = "10", description = "Rows per list (default: ${DEFAULT-VALUE}).") int top;

  @Option(names = "--json", description = "Print JSON instead of tables.") boolean json;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = data.openReadOnly()) {
      Stats s = kb.stats(top);
      if (json) {
        TextTable.json(java.util.Map.of("totals", s.totals().asMaps().getFirst(), "perDay", s.perDay().asMaps(),
            "topSpeakers", s.topSpeakers().asMaps(), "topActors", s.topActors().asMaps(),
            "topPlaces", s.topPlaces().asMaps()), System.out);
        return 0;
      }
      TextTable.print(s.totals(), System.out);
      System.out.println("\nArticles per day (latest " + top + ")");
      TextTable.print(s.perDay(), System.out);
      System.out.println("\nTop speakers");
      TextTable.print(s.topSpeakers(), System.out);
      System.out.println("\nTop actors");
      TextTable.print(s.topActors(), System.out);
      System.out.println("\nTop places");
      TextTable.print(s.topPlaces(), System.out);
      return 0;
    }
  }
}

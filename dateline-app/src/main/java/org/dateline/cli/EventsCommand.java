package org.dateline.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline events --actor CODE [--type --since]}: coded events from the knowledge base. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List events by actor code and type.")
final class EventsCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin ListOptions list;
  @Mixin DateRange dates;

  @Option(names = "--actor", description = "Actor code prefix, source or target (e.g. USA, USAGOV).") String actor;

  @Option(names = "--type", description = "PLOVER type (e.g. CONSULT) or CAMEO code.") String type;



  @Override
  public Integer call() {
    try (KnowledgeBase kb = data.openReadOnly()) {
      Table t = kb.events(Optional.ofNullable(actor), Optional.ofNullable(type),
          dates.from(), dates.to(), list.limit);
      if (list.json) {
        TextTable.json(t.asMaps(), System.out);
      } else {
        List<String> cols = List.of("date", "plover", "cameo", "source_codes", "target_codes", "place", "sentence");
        TextTable.print(Columns.select(t, cols), System.out);
      }
      return 0;
    }
  }
}

package org.dateline.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.store.KnowledgeBase;
import org.dateline.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline quotes --speaker NAME | --about NAME}: attributed quotes from the knowledge base. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List quotes by speaker or about someone.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin ListOptions list;
  @Mixin DateRange dates;

  @Option(names = "--speaker", description = "Speaker name contains this (case-insensitive).") String speaker;

  @Option(names = "--about", description = "Quote mentions this name.") String about;



  @Override
  public Integer call() {
    try (KnowledgeBase kb = data.openReadOnly()) {
      Table t = kb.quotes(Optional.ofNullable(speaker), Optional.ofNullable(about),
          dates.from(), dates.to(), list.limit);
      if (list.json) {
        TextTable.json(t.asMaps(), System.out);
      } else {
        TextTable.print(Columns.select(t, java.util.List.of("date", "speaker", "role", "content", "article_id")),
            System.out);
      }
      return 0;
    }
  }
}

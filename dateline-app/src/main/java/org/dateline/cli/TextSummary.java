package org.dateline.cli;

import java.util.stream.Collectors;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Role;

/** The human-readable form of a record ({@code --format text}). */
final class TextSummary {
  private TextSummary() {}

  static String of(AnalyzedArticle a) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(a.article().id());
    a.article().title().ifPresent(t -> b.append(" | ").append(t));
    a.article().published().ifPresent(d -> b.append(" | published ").append(d));
    b.append('\n');
    b.append("Entities (").append(a.entities().size()).append(")\n");
    for (Entity e : a.entities()) {
      b.append(String.format("  %-4s %-13s %s", e.id(), e.type(), e.name()));
      if (e.mentions().size() > 1) {
        b.append("  x").append(e.mentions().size());
      }
      String forms = e.mentions().stream().map(m -> m.text()).filter(t -> !t.equals(e.name())).distinct()
          .collect(Collectors.joining("\", \""));
      if (!forms.isEmpty()) {
        b.append("  also \"").append(forms).append('"');
      }
      for (Role r : e.roles()) {
        b.append("  [").append(role(r)).append(']');
      }
      b.append('\n');
    }
    if (!a.dates().isEmpty()) {
      b.append("Dates (").append(a.dates().size()).append(")\n");
      for (DateMention d : a.dates()) {
        b.append(String.format("  %-20s -> %s (%s) @%d%n", '"' + d.text() + '"',
            d.resolved().map(Object::toString).orElse("unresolved"), d.granularity(), d.start()));
      }
    }
    if (!a.quotes().isEmpty()) {
      b.append("Quotes (").append(a.quotes().size()).append(")\n");
      for (Quote q : a.quotes()) {
        String who = q.speaker().map(s -> s.name().orElse(s.span().text())).orElse("?");
        b.append("  ").append(who).append(": \"").append(abbreviate(q.content().text())).append("\"\n");
      }
    }
    if (!a.places().isEmpty() || !a.events().isEmpty() || !a.themes().isEmpty()) {
      b.append("Places ").append(a.places().size()).append(", events ").append(a.events().size())
          .append(", themes ").append(a.themes().size()).append('\n');
    }
    return b.toString();
  }

  private static String role(Role r) {
    StringBuilder b = new StringBuilder();
    r.role().ifPresent(b::append);
    r.affiliation().ifPresent(x -> b.append(b.isEmpty() ? "" : ", ").append(x));
    r.rank().ifPresent(x -> b.append(b.isEmpty() ? "" : ", ").append("rank ").append(x));
    return b.toString();
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 100 ? one : one.substring(0, 97) + "...";
  }
}

package org.dateline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.FocusPlace;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Role;
import org.dateline.model.Speaker;

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
        String who = q.speaker().map(TextSummary::speaker).orElse("?");
        b.append("  ").append(who).append(": \"").append(abbreviate(q.content().text())).append("\"\n");
      }
    }
    places(a, b);
    events(a, b);
    if (!a.themes().isEmpty()) {
      b.append("Themes  ").append(a.themes().stream().map(t -> t.code() + String.format(" %.2f", t.score()))
          .collect(Collectors.joining(", "))).append('\n');
    }
    a.tone().ifPresent(t -> b.append(String.format("Tone    %.2f (positive %.2f, negative %.2f, %d words)%n",
        t.tone(), t.positive(), t.negative(), t.wordCount())));
    return b.toString();
  }

  private static void places(AnalyzedArticle a, StringBuilder b) {
    if (a.places().isEmpty()) {
      return;
    }
    Map<Long, List<Place>> byId = new LinkedHashMap<>();
    a.places().forEach(p -> byId.computeIfAbsent(p.geonameId(), k -> new ArrayList<>()).add(p));
    b.append("Places (").append(a.places().size()).append(" mentions, ").append(byId.size()).append(" places)\n");
    for (List<Place> ps : byId.values()) {
      Place p = ps.get(0);
      b.append(String.format(Locale.ROOT, "  %-22s %-2s %-5s %9.4f %9.4f  geonames %d", p.name(), p.countryCode(),
          p.featureCode(), p.lat(), p.lon(), p.geonameId()));
      if (ps.size() > 1) {
        b.append("  x").append(ps.size());
      }
      String forms = ps.stream().map(x -> x.mention().text() + (x.type() == PlaceType.LITERAL ? "" : " (" + x.type()
          .name().toLowerCase(Locale.ROOT) + ")")).distinct().collect(Collectors.joining(", "));
      b.append("  as ").append(forms).append('\n');
    }
    if (!a.focus().isEmpty()) {
      b.append("Focus   ").append(a.focus().stream().map(FocusPlace::name).collect(Collectors.joining(", ")))
          .append('\n');
    }
  }

  private static void events(AnalyzedArticle a, StringBuilder b) {
    if (a.events().isEmpty()) {
      return;
    }
    b.append("Events (").append(a.events().size()).append(")\n");
    for (Event e : a.events()) {
      b.append(String.format("  %-9s %-4s %-22s -> %-22s %s%s%n", e.plover(), e.cameo().orElse(""), actors(e.sources()),
          actors(e.targets()), '"' + e.trigger().text() + '"', e.mode().map(m -> " [" + m + "]").orElse("")));
    }
  }

  private static String actors(List<Actor> as) {
    return as.isEmpty() ? "-" : as.stream().map(Actor::code).distinct().collect(Collectors.joining("+"));
  }

  /** The name; else what is known of an unnamed speaker ("NATO official, anonymous"); else the words written. */
  private static String speaker(Speaker s) {
    if (s.name().isPresent()) {
      return s.name().get();
    }
    String known = Stream.of(s.affiliation(), s.role()).flatMap(Optional::stream).collect(Collectors.joining(" "));
    if (known.isEmpty()) {
      known = s.span().text();
    }
    return s.anonymous() ? known + ", anonymous" : known;
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

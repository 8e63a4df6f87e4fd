package org.dateline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.Quote;
import org.dateline.model.QuoteType;
import org.dateline.model.Role;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;

/**
 * A deterministic stand-in for the pipeline (no NLP models): persons are the names in {@link #PEOPLE}, places the
 * ones in {@link #PLACES}, a quote is {@code "..." NAME said}, and every "met" gives a MEET event between two persons.
 */
final class FakeAnalyzer implements Function<Article, AnalyzedArticle> {
  static final List<String> PEOPLE = List.of("Anna Petrova", "Tom Brandt", "Vladimir Putin");
  static final List<Object[]> PLACES = List.of(
      new Object[] {"Oslo", 3143244L, "NO", 59.91, 10.75},
      new Object[] {"Nairobi", 184745L, "KE", -1.28, 36.82});
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"\\s*,?\\s*([A-Z][a-z]+ [A-Z][a-z]+) said");

  @Override
  public AnalyzedArticle apply(Article a) {
    String t = a.text();
    List<Entity> entities = new ArrayList<>();
    for (String name : PEOPLE) {
      List<Mention> ms = new ArrayList<>();
      for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
        ms.add(new Mention(name, i, i + name.length()));
      }
      if (!ms.isEmpty()) {
        Role role = new Role(new TextSpan(name, ms.getFirst().start(), ms.getFirst().end()), Optional.of("minister"),
            Optional.empty(), Optional.empty());
        entities.add(new Entity("E" + (entities.size() + 1), EntityType.PERSON, name, ms, List.of(role)));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(t);
    while (m.find()) {
      String who = m.group(2);
      Optional<String> eid = entities.stream().filter(e -> e.name().startsWith(who)).map(Entity::id).findFirst();
      Speaker s = new Speaker(TextSpan.of(t, m.start(2), m.end(2)), eid, eid.isPresent() ? Optional.empty()
          : Optional.of(who), Optional.of("minister"), Optional.empty(), Optional.empty(), false, Optional.empty());
      quotes.add(new Quote("Q" + (quotes.size() + 1), TextSpan.of(t, m.start(1), m.end(1)), QuoteType.DIRECT,
          Optional.of(TextSpan.of(t, m.end() - 4, m.end())), Optional.of(s)));
    }
    List<Place> places = new ArrayList<>();
    for (Object[] p : PLACES) {
      String name = (String) p[0];
      int i = t.indexOf(name);
      if (i >= 0) {
        places.add(new Place(TextSpan.of(t, i, i + name.length()), (Long) p[1], name, "P", "PPLC", (String) p[2],
            Optional.empty(), (Double) p[3], (Double) p[4], 1000, PlaceType.LITERAL));
      }
    }
    List<Event> events = new ArrayList<>();
    int met = t.indexOf(" met ");
    if (met >= 0 && entities.size() >= 2) {
      Mention s = entities.get(0).mentions().getFirst();
      Mention o = entities.get(1).mentions().getFirst();
      events.add(new Event("V1", List.of(new Actor(new TextSpan(s.text(), s.start(), s.end()), "NORGOV",
          Optional.of(entities.get(0).id()))), List.of(new Actor(new TextSpan(o.text(), o.start(), o.end()),
          "KENGOV", Optional.of(entities.get(1).id()))), "CONSULT", Optional.empty(), Optional.of("040"),
          Optional.of(1), Optional.of(1.0), TextSpan.of(t, met + 1, met + 4), TextSpan.of(t, 0, t.length()),
          a.published(), places.isEmpty() ? Optional.empty() : Optional.of(places.getFirst().geonameId())));
    }
    return new AnalyzedArticle(a, entities, List.of(), quotes, places, List.of(), events, List.of(),
        Optional.empty());
  }
}

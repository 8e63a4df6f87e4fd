package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Place;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;

/** The offline geocoder: {@link ToponymFinder}, {@link Resolver} and {@link Focus} over the shared gazetteer. */
final class StandardGeocoder implements Geocoder {
  static final StandardGeocoder INSTANCE = new StandardGeocoder(Gazetteer::shared);

  private final Supplier<Gazetteer> gazetteer;

  StandardGeocoder(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public GeoResult geocode(Article article, NlpDoc doc, List<Entity> entities) {
    Gazetteer gaz = gazetteer.get();
    List<Toponym> found = new ArrayList<>(new ToponymFinder(gaz).find(doc));
    found.removeIf(t -> insidePerson(entities, t));
    List<Resolver.Resolution> res = new Resolver(gaz).resolve(doc.text(), found);
    return new GeoResult(places(gaz, doc.text(), res), Focus.rank(gaz, res, doc.text().length()));
  }

  @Override
  public List<Place> resolve(Article article, NlpDoc doc, List<TextSpan> spans) {
    Gazetteer gaz = gazetteer.get();
    ToponymFinder finder = new ToponymFinder(gaz);
    SpanToponyms given = new SpanToponyms(gaz, finder);
    List<Toponym> tops = new ArrayList<>();
    for (TextSpan s : spans) {
      tops.add(given.of(doc, s));
    }
    int gold = tops.size();
    // mentions the finder sees outside the given spans still count as context
    for (Toponym t : finder.find(doc)) {
      if (spans.stream().noneMatch(s -> s.overlaps(t.start(), t.end()))) {
        tops.add(t);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tops.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(tops.get(a).start(), tops.get(b).start()));
    List<Toponym> sorted = order.stream().map(tops::get).toList();
    List<Resolver.Resolution> res = new Resolver(gaz).resolve(doc.text(), sorted);
    Resolver.Resolution[] byInput = new Resolver.Resolution[tops.size()];
    for (int i = 0; i < order.size(); i++) {
      byInput[order.get(i)] = res.get(i);
    }
    return places(gaz, doc.text(), List.of(byInput).subList(0, gold));
  }

  @Override
  public List<GeoExplanation> explain(Article article, NlpDoc doc) {
    Gazetteer gaz = gazetteer.get();
    List<GeoExplanation> out = new ArrayList<>();
    for (Resolver.Resolution r : new Resolver(gaz).resolve(doc.text(), new ToponymFinder(gaz).find(doc))) {
      Toponym t = r.toponym();
      out.add(new GeoExplanation(TextSpan.of(doc.text(), t.start(), t.end()), t.type(), t.rule(), r.candidates(),
          r.chosen() < 0 ? OptionalLong.empty() : OptionalLong.of(gaz.id(r.chosen()))));
    }
    return out;
  }

  /** "Mark Cuban", "Cuban" for him, "Paris Hilton": a name the entity stage made a person is no place. */
  private static boolean insidePerson(List<Entity> entities, Toponym t) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON
          && e.mentions().stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
        return true;
      }
    }
    return false;
  }

  private static List<Place> places(Gazetteer gaz, String text, List<Resolver.Resolution> res) {
    List<Place> out = new ArrayList<>();
    for (Resolver.Resolution r : res) {
      int e = r.chosen();
      if (e < 0) {
        continue;
      }
      Toponym t = r.toponym();
      String a1 = gaz.admin1(e);
      out.add(new Place(TextSpan.of(text, t.start(), t.end()), gaz.id(e), gaz.name(e), gaz.featureClass(e),
          gaz.featureCode(e), gaz.countryCode(e), a1.isEmpty() ? Optional.empty() : Optional.of(a1), gaz.lat(e),
          gaz.lon(e), gaz.population(e), t.type()));
    }
    return out;
  }
}

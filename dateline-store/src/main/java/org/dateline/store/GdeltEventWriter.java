package org.dateline.store;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.Place;

/** One GDELT 2.0 event line (61 tab-separated columns) per stored event. Empty columns: see docs/cli.md. */
final class GdeltEventWriter {
  static final int COLUMNS = 61;
  private long nextId = 1;

  void write(AnalyzedArticle r, LocalDateTime ingested, Writer out) throws IOException {
    for (Event e : r.events()) {
      out.write(String.join("\t", row(r, e, ingested)));
      out.write('\n');
    }
  }

  List<String> row(AnalyzedArticle r, Event e, LocalDateTime ingested) {
    List<String> f = new ArrayList<>(COLUMNS);
    LocalDate d = e.date().or(() -> r.article().published()).orElse(ingested.toLocalDate());
    f.add(String.valueOf(nextId++));
    f.add(Gdelt.day(d));
    f.add(Gdelt.day(d).substring(0, 6));
    f.add(String.valueOf(d.getYear()));
    f.add(String.format(java.util.Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
    actor(f, e.sources());
    actor(f, e.targets());
    String cameo = e.cameo().orElse("");
    int firstBreak = r.article().text().indexOf('\n');
    f.add(firstBreak < 0 || e.trigger().start() < firstBreak ? "1" : "0");
    f.add(cameo);
    f.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
    f.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
    f.add(e.quadClass().map(String::valueOf).orElse(""));
    f.add(e.goldstein().map(String::valueOf).orElse(""));
    f.add("1");
    f.add("1");
    f.add("1");
    f.add(r.tone().map(t -> String.valueOf(t.tone())).orElse(""));
    geo(f, Optional.empty());
    geo(f, Optional.empty());
    geo(f, e.placeGeonameId().flatMap(id -> r.places().stream().filter(p -> p.geonameId() == id).findFirst()));
    f.add(Gdelt.stamp(ingested));
    f.add(Gdelt.clean(r.article().url().orElse(r.article().id()), ""));
    return f;
  }

  private static void actor(List<String> f, List<Actor> actors) {
    if (actors.isEmpty()) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    Actor a = actors.getFirst();
    f.add(a.code());
    f.add(Gdelt.clean(a.span().text().toUpperCase(java.util.Locale.ROOT), ""));
    f.add(Gdelt.actorCountry(a.code()).orElse(""));
    f.add("");
    f.add("");
    f.add("");
    f.add("");
    f.add(Gdelt.actorType(a.code(), 0));
    f.add(Gdelt.actorType(a.code(), 1));
    f.add(Gdelt.actorType(a.code(), 2));
  }

  private static void geo(List<String> f, Optional<Place> place) {
    if (place.isEmpty()) {
      for (int i = 0; i < 8; i++) {
        f.add(i == 0 ? "0" : "");
      }
      return;
    }
    Place p = place.get();
    f.add(String.valueOf(Gdelt.geoType(p)));
    f.add(Gdelt.fullName(p));
    f.add(p.countryCode());
    f.add(Gdelt.adm1(p));
    f.add("");
    f.add(String.valueOf(p.lat()));
    f.add(String.valueOf(p.lon()));
    f.add(String.valueOf(p.geonameId()));
  }
}

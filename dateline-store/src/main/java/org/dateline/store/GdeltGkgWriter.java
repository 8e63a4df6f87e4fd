package org.dateline.store;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Theme;

/** One GDELT GKG 2.1 line (27 tab-separated columns) per stored article. Empty columns: see docs/cli.md. */
final class GdeltGkgWriter {
  static final int COLUMNS = 27;
  private long seq = 1;

  void write(AnalyzedArticle r, LocalDateTime ingested, Writer out) throws IOException {
    out.write(String.join("\t", row(r, ingested)));
    out.write('\n');
  }

  List<String> row(AnalyzedArticle r, LocalDateTime ingested) {
    List<String> f = new ArrayList<>(COLUMNS);
    f.add(Gdelt.stamp(ingested) + "-" + seq++);
    f.add(r.article().published().map(d -> Gdelt.day(d) + "000000").orElse(Gdelt.stamp(ingested)));
    f.add(r.article().url().isPresent() ? "1" : "");
    f.add(Gdelt.clean(r.article().source().orElseGet(() -> host(r)), ""));
    f.add(Gdelt.clean(r.article().url().orElse(r.article().id()), ""));
    f.add("");
    f.add("");
    f.add(r.themes().stream().map(t -> Gdelt.clean(t.code(), ";,")).collect(Collectors.joining(";")));
    f.add(r.themes().stream().flatMap(this::themeOffsets).collect(Collectors.joining(";")));
    f.add(r.places().stream().map(p -> location(p, false)).distinct().collect(Collectors.joining(";")));
    f.add(r.places().stream().map(p -> location(p, true)).collect(Collectors.joining(";")));
    names(f, r, EntityType.PERSON);
    names(f, r, EntityType.ORGANIZATION);
    f.add(r.tone().map(t -> t.tone() + "," + t.positive() + "," + t.negative() + "," + t.polarity() + ",,,"
        + t.wordCount()).orElse(""));
    f.add(r.dates().stream().filter(d -> d.resolved().isPresent()).map(GdeltGkgWriter::date)
        .collect(Collectors.joining(";")));
    for (int i = 0; i < 5; i++) {
      f.add(""); // GCAM, sharing image, related images, social image and video embeds
    }
    f.add(r.quotes().stream().map(GdeltGkgWriter::quotation).collect(Collectors.joining("#")));
    f.add(r.entities().stream().filter(e -> !e.mentions().isEmpty())
        .map(e -> Gdelt.clean(e.name(), ";,") + "," + e.mentions().getFirst().start())
        .collect(Collectors.joining(";")));
    f.add("");
    f.add("");
    f.add(r.article().title().map(t -> "<PAGE_TITLE>" + Gdelt.clean(t, "<>") + "</PAGE_TITLE>").orElse(""));
    return f;
  }

  private java.util.stream.Stream<String> themeOffsets(Theme t) {
    return t.evidence().stream().map(s -> Gdelt.clean(t.code(), ";,") + "," + s.start());
  }

  private static String host(AnalyzedArticle r) {
    try {
      return r.article().url().map(u -> URI.create(u).getHost()).orElse("");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String location(Place p, boolean enhanced) {
    List<String> parts = new ArrayList<>(List.of(String.valueOf(Gdelt.geoType(p)), Gdelt.fullName(p),
        p.countryCode(), Gdelt.adm1(p)));
    if (enhanced) {
      parts.add("");
    }
    parts.addAll(List.of(String.valueOf(p.lat()), String.valueOf(p.lon()), String.valueOf(p.geonameId())));
    if (enhanced) {
      parts.add(String.valueOf(p.mention().start()));
    }
    return String.join("#", parts);
  }

  private static void names(List<String> f, AnalyzedArticle r, EntityType type) {
    Map<String, Integer> first = new LinkedHashMap<>();
    List<String> enhanced = new ArrayList<>();
    for (Entity e : r.entities()) {
      if (e.type() == type) {
        String n = Gdelt.clean(e.name(), ";,");
        e.mentions().forEach(m -> enhanced.add(n + "," + m.start()));
        first.putIfAbsent(n, 0);
      }
    }
    f.add(String.join(";", first.keySet()));
    f.add(String.join(";", enhanced));
  }

  private static String date(DateMention d) {
    int res = switch (d.granularity()) {
      case "YEAR" -> 1;
      case "MONTH" -> 2;
      default -> 4;
    };
    var x = d.resolved().orElseThrow();
    return res + "#" + x.getMonthValue() + "#" + x.getDayOfMonth() + "#" + x.getYear() + "#" + d.start();
  }

  private static String quotation(Quote q) {
    return q.content().start() + "|" + q.content().text().length() + "|"
        + Gdelt.clean(q.cue().map(c -> c.text()).orElse(""), "|#") + "|" + Gdelt.clean(q.content().text(), "|#");
  }
}

package org.dateline.geo;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Place;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;

/** Resolves the places an article mentions. Thread-safe; the gazetteer loads once per JVM. */
public interface Geocoder {
  /** Finds and resolves every place mention of the article and ranks its focus places. */
  GeoResult geocode(Article article, NlpDoc doc, List<Entity> entities);

  /**
   * Resolves only the given spans (gold toponyms in evaluation), using the rest of the article as context. Returns
   * one place per span that could be resolved, in span order; spans with no gazetteer match are left out. The
   * default keeps the places {@link #geocode} found that overlap a span.
   */
  default List<Place> resolve(Article article, NlpDoc doc, List<TextSpan> spans) {
    return geocode(article, doc, List.of()).places().stream()
        .filter(p -> spans.stream().anyMatch(s -> s.overlaps(p.mention().start(), p.mention().end())))
        .toList();
  }

  /** Every mention {@link #geocode} considers, with scored candidates: the debug view. Default: none. */
  default List<GeoExplanation> explain(Article article, NlpDoc doc) {
    return List.of();
  }

  /** The standard geocoder over the shared offline gazetteer (loaded lazily on first use, about a second). */
  static Geocoder standard() {
    return StandardGeocoder.INSTANCE;
  }
}

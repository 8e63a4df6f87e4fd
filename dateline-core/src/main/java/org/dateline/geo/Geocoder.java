package org.dateline.geo;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.nlp.NlpDoc;

/** Resolves the places an article mentions. Thread-safe; the gazetteer loads once per JVM. */
public interface Geocoder {
  GeoResult geocode(Article article, NlpDoc doc, List<Entity> entities);

  static Geocoder standard() {
    return (article, doc, entities) -> GeoResult.empty();
  }
}

package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.TextSpan;

/**
 * Builds the Lucene block of one article: the article document followed by one document per quote. All share the
 * {@code aid} term, so {@code updateDocuments} replaces the block atomically (re-ingest never duplicates).
 * Quote documents carry their own speaker and the entities mentioned inside the quote; place, country and event
 * type are the article's.
 */
final class IndexDocs {
  static final String AID = "aid";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String BODY = "body";
  /** Stored-only title on quote documents (a field keeps one schema across documents, so not {@link #TITLE}). */
  static final String ARTICLE_TITLE = "article_title";
  static final String DAY = "day";
  static final List<String> DIMS = List.of("speaker", "entity", "place", "country", "event_type");

  private IndexDocs() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String d : DIMS) {
      c.setMultiValued(d, true);
    }
    return c;
  }

  /** Lower-cased filter field name for a facet dimension. */
  static String filterField(String dim) {
    return "f_" + dim;
  }

  static List<Document> block(String id, AnalyzedArticle r, FacetsConfig config) throws java.io.IOException {
    List<Document> docs = new ArrayList<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Place p : r.places()) {
      places.add(p.name());
      countries.add(p.countryCode());
    }
    Set<String> types = new LinkedHashSet<>();
    for (Event e : r.events()) {
      types.add(e.plover());
    }
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : r.quotes()) {
      q.speaker().flatMap(s -> SpeakerNames.name(s, r)).ifPresent(speakers::add);
    }
    Set<String> entities = new LinkedHashSet<>();
    r.entities().forEach(e -> entities.add(e.name()));

    Document a = base(id, "article", r.article().published());
    r.article().title().ifPresent(t -> a.add(new TextField(TITLE, t, Field.Store.YES)));
    a.add(new TextField(BODY, r.article().text(), Field.Store.YES));
    a.add(new StoredField("source_id", r.article().id()));
    facets(a, List.of(speakers, entities, places, countries, types));
    docs.add(config.build(a));

    for (Quote q : r.quotes()) {
      Document d = base(id, "quote", r.article().published());
      d.add(new StoredField("qid", q.id()));
      r.article().title().ifPresent(t -> d.add(new StoredField(ARTICLE_TITLE, t)));
      d.add(new TextField(BODY, q.content().text(), Field.Store.YES));
      d.add(new StoredField("start", q.content().start()));
      Optional<String> speaker = q.speaker().flatMap(s -> SpeakerNames.name(s, r));
      speaker.ifPresent(s -> d.add(new StoredField("speaker_name", s)));
      Set<String> qs = new LinkedHashSet<>();
      speaker.ifPresent(qs::add);
      facets(d, List.of(qs, inside(q.content(), r.entities()), places, countries, types));
      docs.add(config.build(d));
    }
    return docs;
  }

  private static Document base(String id, String kind, Optional<LocalDate> published) {
    Document d = new Document();
    d.add(new StringField(AID, id, Field.Store.YES));
    d.add(new StringField(KIND, kind, Field.Store.YES));
    if (published.isPresent()) {
      int day = (int) published.get().toEpochDay();
      d.add(new IntPoint(DAY, day));
      d.add(new NumericDocValuesField(DAY, day));
      d.add(new StoredField(DAY, day));
    }
    return d;
  }

  private static Set<String> inside(TextSpan span, List<Entity> entities) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (span.contains(m.start(), m.end())) {
          out.add(e.name());
        }
      }
    }
    return out;
  }

  private static void facets(Document d, List<Set<String>> values) {
    for (int i = 0; i < DIMS.size(); i++) {
      for (String v : values.get(i)) {
        if (!v.isBlank()) {
          d.add(new SortedSetDocValuesFacetField(DIMS.get(i), v));
          d.add(new StringField(filterField(DIMS.get(i)), v.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
      }
    }
  }
}

package org.dateline.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;

/** Runs one {@link SearchQuery} against a point-in-time searcher: filters, ranking, snippets and facet counts. */
final class IndexSearch {
  private static final int SNIPPET = 240;
  private static final int TOP_FACETS = 10;

  private final IndexSearcher searcher;
  private final FacetsConfig config;
  private final Analyzer analyzer;
  private final SortedSetDocValuesReaderState state;

  IndexSearch(IndexSearcher searcher, FacetsConfig config, Analyzer analyzer) throws IOException {
    this.searcher = searcher;
    this.config = config;
    this.analyzer = analyzer;
    SortedSetDocValuesReaderState s;
    try {
      s = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config);
    } catch (IllegalArgumentException e) {
      s = null; // no facet values indexed yet
    }
    this.state = s;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  SearchResult run(SearchQuery q) throws IOException {
    Query query = build(q);
    FacetsCollectorManager.FacetsResult r = q.text().isBlank()
        ? FacetsCollectorManager.search(searcher, query, q.limit(),
            new Sort(new SortField(IndexDocs.DAY, SortField.Type.INT, true)), new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, query, q.limit(), new FacetsCollectorManager());
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : r.topDocs().scoreDocs) {
      hits.add(hit(stored.document(sd.doc), q, Float.isNaN(sd.score) ? 0f : sd.score));
    }
    return new SearchResult(r.topDocs().totalHits.value(), hits, facets(r));
  }

  private Query build(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(q.text().isBlank() ? new MatchAllDocsQuery() : parse(q.text()), Occur.MUST);
    String kind = q.target() == SearchQuery.Target.ARTICLES ? "article" : "quote";
    b.add(new TermQuery(new Term(IndexDocs.KIND, kind)), Occur.FILTER);
    q.filters().forEach((dim, value) ->
        b.add(new TermQuery(new Term(IndexDocs.filterField(dim), value.toLowerCase(Locale.ROOT))), Occur.FILTER));
    if (q.since().isPresent() || q.until().isPresent()) {
      int lo = q.since().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
      int hi = q.until().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
      b.add(IntPoint.newRangeQuery(IndexDocs.DAY, lo, hi), Occur.FILTER);
    }
    return b.build();
  }

  /** Lucene syntax when it parses, else the text with its special characters escaped. */
  private Query parse(String text) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {IndexDocs.TITLE, IndexDocs.BODY}, analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(text);
    } catch (ParseException | IllegalArgumentException e) {
      try {
        return p.parse(QueryParser.escape(text));
      } catch (ParseException e2) {
        throw new StoreException(StoreException.Kind.BAD_QUERY,
            "cannot parse query '" + text + "': " + e2.getMessage());
      }
    }
  }

  private SearchResult.Hit hit(Document d, SearchQuery q, float score) {
    String kind = d.get(IndexDocs.KIND);
    String body = d.get(IndexDocs.BODY);
    String day = d.get(IndexDocs.DAY);
    String date = day == null ? null : LocalDate.ofEpochDay(Integer.parseInt(day)).toString();
    String text = "quote".equals(kind) ? body : snippet(body, q.text());
    String title = d.get("quote".equals(kind) ? IndexDocs.ARTICLE_TITLE : IndexDocs.TITLE);
    return new SearchResult.Hit(kind, d.get(IndexDocs.AID), d.get("qid"), title, date,
        d.get("speaker_name"), text, score);
  }

  /** About {@value #SNIPPET} characters around the first query word found in the body. */
  static String snippet(String body, String query) {
    String lower = body.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !List.of("and", "not").contains(w)) {
        int i = lower.indexOf(w);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
    }
    int start = Math.max(0, at - SNIPPET / 3);
    while (start > 0 && start < at && !Character.isWhitespace(body.charAt(start - 1))) {
      start++; // begin at a word
    }
    int end = Math.min(body.length(), start + SNIPPET);
    while (end < body.length() && end > start && !Character.isWhitespace(body.charAt(end))) {
      end--; // end at a word
    }
    return (start > 0 ? "…" : "") + body.substring(start, end).replaceAll("\\s+", " ").strip()
        + (end < body.length() ? "…" : "");
  }

  private Map<String, List<Count>> facets(FacetsCollectorManager.FacetsResult r) throws IOException {
    Map<String, List<Count>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Facets f = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
    for (String dim : IndexDocs.DIMS) {
      List<Count> counts = new ArrayList<>();
      try {
        FacetResult fr = f.getTopChildren(TOP_FACETS, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            counts.add(new Count(lv.label, lv.value.longValue()));
          }
        }
      } catch (IllegalArgumentException e) {
        // dimension has no values in this index
      }
      out.put(dim, counts);
    }
    return out;
  }
}

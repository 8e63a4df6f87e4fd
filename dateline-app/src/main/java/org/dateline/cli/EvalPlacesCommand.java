package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.GeoCorpusReader;
import org.dateline.eval.GeoGoldArticle;
import org.dateline.eval.GeoGoldToponym;
import org.dateline.eval.PlaceScorer;
import org.dateline.eval.PlaceScores;
import org.dateline.geo.Geocoder;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval places FILE}: geoparsing accuracy on LGL / TR-News, GeoVirus or GeoWebNews XML. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Score place recognition and resolution against a geoparsing corpus (LGL, TR-News, GeoVirus, "
        + "GeoWebNews XML).")
final class EvalPlacesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE") Path input;

  @Option(names = "--json", description = "Print one JSON object.") boolean json;

  @Option(names = "--gold-spans", description = "Resolve the gold toponym spans only (resolution quality alone).")
  boolean goldSpans;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Write the toponyms resolved over 161 km off (or not at all) to FILE, one TSV line each.")
  Path misses;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).") int limit;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    GeoCorpusReader.Corpus corpus = GeoCorpusReader.read(input);
    List<GeoGoldArticle> articles = corpus.articles();
    if (limit > 0 && limit < articles.size()) {
      articles = articles.subList(0, limit);
    }
    NlpEngine nlp = NlpEngine.corenlp(Profile.FAST);
    Geocoder geo = Geocoder.standard();
    NlpDoc warmUp = nlp.annotate("Paris");
    long tLoad = System.nanoTime();
    geo.geocode(Article.of("warm-up", "Paris"), warmUp, List.of());
    long loadNs = System.nanoTime() - tLoad;
    PlaceScorer scorer = new PlaceScorer(goldSpans);
    long nlpNs = 0;
    long geoNs = 0;
    for (GeoGoldArticle a : articles) {
      Article article = Article.of(a.id(), a.text());
      long s = System.nanoTime();
      NlpDoc doc = nlp.annotate(a.text());
      long m = System.nanoTime();
      List<Place> places;
      if (goldSpans) {
        List<TextSpan> spans = new ArrayList<>();
        for (GeoGoldToponym t : a.toponyms()) {
          spans.add(TextSpan.of(a.text(), t.start(), t.end()));
        }
        places = geo.resolve(article, doc, spans);
      } else {
        places = geo.geocode(article, doc, List.of()).places();
      }
      geoNs += System.nanoTime() - m;
      nlpNs += m - s;
      scorer.add(a, places);
    }
    PlaceScores sc = scorer.scores();
    if (misses != null) {
      List<String> lines = new ArrayList<>();
      lines.add("article\tphrase\tgoldId\tgoldPoint\tid\tname\tcode\tcountry\tpoint\tkm");
      scorer.misses().forEach(x -> lines.add(x.tsv()));
      java.nio.file.Files.write(misses, lines);
    }
    int n = Math.max(1, articles.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", input.toString());
    out.put("articles", articles.size());
    out.put("skippedToponyms", corpus.skipped());
    out.put("mode", sc.mode());
    out.put("gold", sc.gold());
    out.put("scored", sc.scored());
    out.put("unresolved", sc.unresolved());
    out.put("acc161", sc.acc161());
    out.put("meanKm", sc.meanKm());
    out.put("medianKm", sc.medianKm());
    out.put("exactId", sc.exactId());
    out.put("idGold", sc.idGold());
    out.put("auc", sc.auc());
    out.put("recall", sc.recall());
    out.put("precision", sc.precision());
    out.put("gazetteerLoadMs", Math.round(loadNs / 1e6));
    out.put("nlpMsPerArticle", Math.round(nlpNs / 1e4 / n) / 100.0);
    out.put("geoMsPerArticle", Math.round(geoNs / 1e4 / n) / 100.0);
    out.put("totalSeconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
    if (json) {
      System.out.println(Json.mapper().writeValueAsString(out));
    } else {
      out.forEach((k, v) -> System.out.printf("%-18s %s%n", k, v));
    }
    return 0;
  }
}

package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.eval.PolnearArticle;
import org.dateline.eval.PolnearReader;
import org.dateline.eval.PolnearRelation;
import org.dateline.eval.QuoteAgreement;
import org.dateline.eval.QuoteEval;
import org.dateline.eval.QuoteEvalResult;
import org.dateline.eval.QuoteMisses;
import org.dateline.events.EventCoder;
import org.dateline.geo.Geocoder;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;
import org.dateline.pipeline.Json;
import org.dateline.quotes.QuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline eval quotes DIR [--json]}: scores the quote stage on PolNeAR-format data (see docs/quotes.md for
 * how spans are matched and how several annotators are counted).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quote extraction on PolNeAR-format data (text/*.txt + attributions/*.ann).")
final class EvalQuotesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Directory with text/ and attributions/.") Path dir;

  @Option(names = "--json", description = "Print one JSON object instead of a table.") boolean json;

  @Option(names = "--limit", description = "Score only the first N articles.") int limit = Integer.MAX_VALUE;

  @Option(names = "--write", paramLabel = "OUT", description = "Also write predictions as brat files OUT/<article>_dateline.ann.")
  Path write;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Also write the gold relations not matched exactly (first annotator) and the extra predictions.")
  Path misses;

  @Option(names = "--multi-annotated",
      description = "Score only the articles with several annotation files (those --agreement compares).")
  boolean multiAnnotated;

  @Option(names = "--agreement",
      description = "Score the annotators against each other instead (articles with several annotation files).")
  boolean agreement;

  @Override
  public Integer call() throws IOException {
    List<PolnearArticle> gold;
    try {
      gold = PolnearReader.read(dir);
    } catch (IllegalArgumentException e) {
      System.err.println("dateline eval quotes: " + e.getMessage());
      return 2;
    }
    if (multiAnnotated) {
      gold = gold.stream().filter(g -> g.annotations().size() > 1).toList();
    }
    gold = gold.subList(0, Math.min(limit, gold.size()));
    if (agreement) {
      QuoteEvalResult r = QuoteAgreement.of(gold);
      if (json) {
        System.out.println(Json.mapper().writeValueAsString(summary(r)));
      } else {
        System.out.printf("PolNeAR inter-annotator agreement: %d articles with several annotation files, "
            + "%d gold relations%n", r.articles(), r.relations());
        table(r);
      }
      return 0;
    }
    Dateline pipeline = Dateline.of(NlpEngine.corenlp(Profile.FAST), EntityExtractor.standard(),
        (a, d) -> List.of(), QuoteExtractor.standard(), (a, d, e) -> org.dateline.geo.GeoResult.empty(),
        (a, d, e, ds, qs, ps) -> List.of());
    if (write != null) {
      Files.createDirectories(write);
    }
    QuoteEval eval = new QuoteEval();
    StringBuilder missed = new StringBuilder();
    int files = 0;
    for (PolnearArticle g : gold) {
      AnalyzedArticle result = pipeline.analyze(Article.of(g.id(), g.text()));
      eval.add(g, result.quotes());
      files += g.annotations().size();
      if (misses != null) {
        missed.append(QuoteMisses.report(g, result.quotes()));
      }
      if (write != null) {
        Files.writeString(write.resolve(g.id() + "_dateline.ann"),
            brat(g.text(), QuoteEval.relationsOf(g.text(), result.quotes())), StandardCharsets.UTF_8);
      }
    }
    if (misses != null) {
      Files.writeString(misses, missed, StandardCharsets.UTF_8);
    }
    QuoteEvalResult r = eval.result();
    Map<String, Double> ms = pipeline.timings().millis();
    if (json) {
      System.out.println(Json.mapper().writeValueAsString(summary(r)));
      return 0;
    }
    System.out.printf("PolNeAR quotes: %d articles, %d annotation files, %d gold relations%n",
        r.articles(), files, r.relations());
    table(r);
    int n = Math.max(1, r.articles());
    System.out.printf("ms/article: nlp %.2f, entities %.2f, quotes %.3f%n",
        ms.get("nlp") / n, ms.get("entities") / n, ms.get("quotes") / n);
    return 0;
  }

  private static Map<String, Object> summary(QuoteEvalResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", r.articles());
    out.put("relations", r.relations());
    out.put("exact", ordered(r.exact()));
    out.put("overlap", ordered(r.overlap()));
    return out;
  }

  private static void table(QuoteEvalResult r) {
    System.out.printf("%-8s %-8s %6s %6s %6s%n", "match", "role", "P", "R", "F1");
    for (String mode : List.of("exact", "overlap")) {
      Map<String, QuoteEvalResult.Prf> m = "exact".equals(mode) ? r.exact() : r.overlap();
      for (String role : QuoteEval.ROLES) {
        QuoteEvalResult.Prf p = m.get(role);
        System.out.printf("%-8s %-8s %6.1f %6.1f %6.1f%n", mode, role, p.p(), p.r(), p.f1());
      }
    }
  }

  private static Map<String, QuoteEvalResult.Prf> ordered(Map<String, QuoteEvalResult.Prf> m) {
    Map<String, QuoteEvalResult.Prf> out = new LinkedHashMap<>();
    for (String role : QuoteEval.ROLES) {
      out.put(role, m.get(role));
    }
    return out;
  }

  private static String brat(String text, List<PolnearRelation> rels) {
    StringBuilder sb = new StringBuilder();
    int t = 0;
    int e = 0;
    for (PolnearRelation rel : rels) {
      StringBuilder ev = new StringBuilder("E" + (++e) + "\tAttribution");
      for (String role : QuoteEval.ROLES) {
        List<PolnearRelation.Segment> segs = rel.role(role);
        if (segs.isEmpty()) {
          continue;
        }
        String label = Character.toUpperCase(role.charAt(0)) + role.substring(1);
        StringBuilder ranges = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (PolnearRelation.Segment s : segs) {
          ranges.append(ranges.isEmpty() ? "" : ";").append(s.start()).append(' ').append(s.end());
          words.append(words.isEmpty() ? "" : " ").append(text, s.start(), s.end());
        }
        sb.append('T').append(++t).append('\t').append(label).append(' ').append(ranges).append('\t')
            .append(words.toString().replace('\n', ' ')).append('\n');
        ev.append(' ').append(label).append(":T").append(t);
      }
      sb.append(ev).append('\n');
    }
    return sb.toString();
  }
}

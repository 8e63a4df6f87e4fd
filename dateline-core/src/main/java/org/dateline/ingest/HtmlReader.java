package org.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * One HTML page is one article. Metadata comes from the usual places: Open Graph and article meta tags, JSON-LD
 * ({@code headline}, {@code datePublished}, {@code author}), {@code <title>}, {@code <link rel=canonical>},
 * {@code <time datetime>}. The body is the paragraphs of the main container ({@code <article>},
 * {@code [itemprop=articleBody]}, else the element holding most paragraph text) after removing boilerplate:
 * scripts, navigation, headers, footers, asides, forms, and blocks whose class or id names comments, related
 * links, sharing, ads, newsletters or subscriptions. Paragraphs are joined with newlines.
 */
final class HtmlReader implements DocumentReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)comment|related|share|sharing|social|promo|advert|\\bads?\\b|ad-|newsletter|subscribe|sidebar|"
          + "cookie|popup|modal|recommend|outbrain|taboola|breadcrumb|\\bmenu\\b|\\bnav\\b|footer|masthead|caption");

  @Override
  public void read(Path path, ArticleSink sink) {
    sink.accept(parse(path.getFileName().toString(), TextReader.bytes(path), path.toString()));
  }

  static Article parse(String id, byte[] bytes, String source) {
    Document doc = Jsoup.parse(TextDecoder.decode(bytes, source));
    Optional<JsonNode> ld = jsonLd(doc);
    Optional<String> title = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]")
        .or(() -> ld.flatMap(n -> text(n, "headline")))
        .or(() -> nonBlank(doc.title()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).flatMap(HtmlReader::nonBlank));
    Optional<String> byline = meta(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=byl]")
        .or(() -> ld.flatMap(HtmlReader::author))
        .or(() -> Optional.ofNullable(doc.selectFirst("[rel=author], .byline, .author")).map(Element::text)
            .flatMap(HtmlReader::nonBlank));
    Optional<LocalDate> published = meta(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
        "meta[itemprop=datePublished]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]")
        .or(() -> ld.flatMap(n -> text(n, "datePublished")))
        .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
        .flatMap(PublishedDates::parse);
    Optional<String> url = Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href"))
        .flatMap(HtmlReader::nonBlank).or(() -> meta(doc, "meta[property=og:url]"));
    Optional<String> site = meta(doc, "meta[property=og:site_name]");
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    String body = mainText(doc);
    if (body.isBlank()) {
      throw new InputException(InputException.Kind.EMPTY, source, "HTML page has no article text (no paragraphs)");
    }
    return new Article(id, url, title, site, byline, published,
        lang.isBlank() ? "en" : lang.substring(0, Math.min(2, lang.length())).toLowerCase(java.util.Locale.ROOT), body);
  }

  private static String mainText(Document doc) {
    Element bodyEl = doc.body();
    if (bodyEl == null) {
      return "";
    }
    bodyEl.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, button").remove();
    for (Element e : bodyEl.select("[class], [id]")) {
      if (BOILERPLATE.matcher(e.className() + " " + e.id()).find() && e.parent() != null) {
        e.remove();
      }
    }
    Element main = Optional.ofNullable(bodyEl.selectFirst("[itemprop=articleBody]"))
        .or(() -> Optional.ofNullable(bodyEl.selectFirst("article")))
        .or(() -> Optional.ofNullable(bodyEl.selectFirst("main")))
        .orElseGet(() -> densest(bodyEl));
    StringBuilder b = new StringBuilder();
    Elements paragraphs = main.select("p, h2, h3, blockquote > p, li");
    if (paragraphs.isEmpty()) {
      return main.text();
    }
    for (Element p : paragraphs) {
      if (p.tagName().equals("li") && p.parents().stream().noneMatch(x -> x == main)) {
        continue;
      }
      String t = p.text().strip();
      if (!t.isEmpty() && (p.tagName().equals("p") || t.length() > 40)) {
        b.append(t).append('\n');
      }
    }
    return b.toString().strip();
  }

  /** The element whose direct paragraph children hold the most text. */
  private static Element densest(Element body) {
    Element best = body;
    int bestLen = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int len = 0;
      for (Element c : parent.children()) {
        if (c.tagName().equals("p")) {
          len += c.text().length();
        }
      }
      if (len > bestLen) {
        best = parent;
        bestLen = len;
      }
    }
    return best;
  }

  private static Optional<String> meta(Document doc, String... selectors) {
    for (String s : selectors) {
      Element e = doc.selectFirst(s);
      if (e != null && !e.attr("content").isBlank()) {
        return Optional.of(e.attr("content").strip());
      }
    }
    return Optional.empty();
  }

  /** The first JSON-LD object of an article type (or the first object) on the page. */
  private static Optional<JsonNode> jsonLd(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = MAPPER.readTree(s.data());
        if (n.isArray() && !n.isEmpty()) {
          n = n.get(0);
        }
        if (n.has("@graph") && n.get("@graph").isArray() && !n.get("@graph").isEmpty()) {
          n = n.get("@graph").get(0);
        }
        if (n.isObject()) {
          return Optional.of(n);
        }
      } catch (java.io.IOException e) {
        // invalid JSON-LD is common on the web: ignore it and use the other metadata
      }
    }
    return Optional.empty();
  }

  private static Optional<String> author(JsonNode ld) {
    JsonNode a = ld.get("author");
    if (a == null) {
      return Optional.empty();
    }
    if (a.isArray() && !a.isEmpty()) {
      a = a.get(0);
    }
    return a.isObject() ? text(a, "name") : nonBlank(a.asText());
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isValueNode() ? Optional.empty() : nonBlank(v.asText());
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}

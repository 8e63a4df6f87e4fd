package org.dateline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable text of an HTML fragment or page: block elements become lines (a newline is a sentence break for
 * the NLP engine); scripts, styles and navigation are dropped.
 */
final class MarkupText {
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";

  private MarkupText() {}

  static Document parse(String html) {
    Document d = Jsoup.parse(html);
    d.select("script, style, noscript, nav, header, footer, aside, form").remove();
    return d;
  }

  /** Block texts joined by newlines; the whole body text when the page has no block elements. */
  static String text(Document d) {
    StringBuilder sb = new StringBuilder();
    for (Element e : d.select(BLOCKS)) {
      if (e.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
        continue; // nested block: its text is in the outer one
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        sb.append(t).append('\n');
      }
    }
    return sb.isEmpty() ? d.body().text().strip() : sb.toString().strip();
  }

  static Optional<String> title(Document d) {
    String t = d.title().strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** The publication date from the usual meta tags, when one parses as an ISO date (time part ignored). */
  static Optional<LocalDate> published(Document d) {
    Element m = d.selectFirst("meta[property=article:published_time], meta[name=date], meta[name=pubdate],"
        + " meta[itemprop=datePublished]");
    if (m == null || m.attr("content").length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.attr("content").substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

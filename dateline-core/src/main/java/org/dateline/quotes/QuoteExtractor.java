package org.dateline.quotes;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;

/**
 * Finds quotations (direct, indirect and mixed) and attributes them to speakers. Thread-safe. Every quote carries
 * the offsets of its content, cue and speaker; segments of one attribution (a quote interrupted by "she said")
 * are separate quotes sharing cue and speaker.
 */
public interface QuoteExtractor {
  List<Quote> extract(Article article, NlpDoc doc, List<Entity> entities);

  static QuoteExtractor standard() {
    return new NewsQuoteExtractor();
  }
}

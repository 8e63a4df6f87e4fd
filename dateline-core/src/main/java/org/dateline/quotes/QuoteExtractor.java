package org.dateline.quotes;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;

/** Finds quotations and attributes them to speakers. Thread-safe. */
public interface QuoteExtractor {
  List<Quote> extract(Article article, NlpDoc doc, List<Entity> entities);

  static QuoteExtractor standard() {
    return (article, doc, entities) -> List.of();
  }
}

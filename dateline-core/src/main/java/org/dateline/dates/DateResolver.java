package org.dateline.dates;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.nlp.NlpDoc;

/** Finds date expressions and resolves them against {@code article.published()} when present. Thread-safe. */
public interface DateResolver {
  List<DateMention> resolve(Article article, NlpDoc doc);

  static DateResolver standard() {
    return (article, doc) -> List.of();
  }
}

package org.dateline.dates;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.nlp.NlpDoc;

/** Finds date expressions and resolves them against {@code article.published()} when present. Thread-safe. */
public interface DateResolver {
  List<DateMention> resolve(Article article, NlpDoc doc);

  /** The rule-based resolver (weekdays, relative expressions, month-day-year forms); microseconds per article. */
  static DateResolver standard() {
    return new RuleDateResolver();
  }
}

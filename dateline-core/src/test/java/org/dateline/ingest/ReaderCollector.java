package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;

/** Collects what a reader emits. */
final class ReaderCollector implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<InputException> failures = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void fail(InputException failure) {
    failures.add(failure);
  }
}

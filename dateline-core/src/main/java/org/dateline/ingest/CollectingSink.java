package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;

/** An {@link ArticleSink} that keeps what it receives, in order. Not thread-safe. */
public final class CollectingSink implements ArticleSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> failures = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void fail(InputException failure) {
    failures.add(failure);
  }

  public List<Article> articles() {
    return List.copyOf(articles);
  }

  public List<InputException> failures() {
    return List.copyOf(failures);
  }
}

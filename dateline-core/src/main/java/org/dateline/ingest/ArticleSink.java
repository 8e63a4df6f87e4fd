package org.dateline.ingest;

import org.dateline.model.Article;

/** Receives what a {@link DocumentReader} finds: articles, and per-document failures that do not stop the input. */
public interface ArticleSink {
  void accept(Article article);

  void fail(InputException failure);
}

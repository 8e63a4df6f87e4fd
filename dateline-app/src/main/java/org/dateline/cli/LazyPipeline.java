package org.dateline.cli;

import java.util.function.Function;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;

/** The pipeline, created on the first article (models load in seconds), so a server starts at once. */
final class LazyPipeline implements Function<Article, AnalyzedArticle> {
  private final Profile profile;
  private volatile Dateline pipeline;

  LazyPipeline(Profile profile) {
    this.profile = profile;
  }

  @Override
  public AnalyzedArticle apply(Article article) {
    Dateline p = pipeline;
    if (p == null) {
      synchronized (this) {
        if (pipeline == null) {
          pipeline = Dateline.create(profile);
        }
        p = pipeline;
      }
    }
    return p.analyze(article);
  }
}

package org.dateline.entities;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.nlp.NlpDoc;

/** Turns NER-tagged tokens into article-level entities. Implementations are stateless and thread-safe. */
public interface EntityExtractor {
  List<Entity> extract(Article article, NlpDoc doc);

  /** The news-tuned default extractor. */
  static EntityExtractor standard() {
    return new NewsEntityExtractor();
  }
}

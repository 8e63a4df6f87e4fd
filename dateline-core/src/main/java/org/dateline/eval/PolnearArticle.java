package org.dateline.eval;

import java.util.List;
import java.util.Objects;

/** A PolNeAR article: its text and one annotation per annotator ({@code <article>_<annotator>.ann}). */
public record PolnearArticle(String id, String text, List<Annotation> annotations) {
  public PolnearArticle {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    annotations = List.copyOf(annotations);
    if (annotations.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " must have at least one annotation file");
    }
  }

  /** The relations one annotator marked. */
  public record Annotation(String annotator, List<PolnearRelation> relations) {
    public Annotation {
      Objects.requireNonNull(annotator, "annotator must not be null");
      relations = List.copyOf(relations);
    }
  }
}

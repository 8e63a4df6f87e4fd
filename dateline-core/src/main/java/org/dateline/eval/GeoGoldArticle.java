package org.dateline.eval;

import java.util.List;
import java.util.Objects;

/** One article of a geoparsing corpus: its text and gold toponyms (offsets into {@code text}). */
public record GeoGoldArticle(String id, String text, List<GeoGoldToponym> toponyms) {
  public GeoGoldArticle {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    toponyms = List.copyOf(toponyms);
    for (GeoGoldToponym t : toponyms) {
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("toponym [" + t.start() + ", " + t.end() + ") of article " + id
            + " lies past the end of its text (" + text.length() + " chars)");
      }
    }
  }
}

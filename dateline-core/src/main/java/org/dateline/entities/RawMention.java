package org.dateline.entities;

import java.util.Optional;
import org.dateline.model.EntityType;

/**
 * A mention candidate before clustering: tokens {@code [first, end)}, characters {@code [start, stop)} of the text,
 * {@code name} the cleaned form (editor's brackets removed, spaces normalised), {@code canonical} the lexicon's name
 * when a curated entry matched (for a metonymic capital, the country it stands for).
 */
record RawMention(int first, int end, int start, int stop, EntityType type, String name, Optional<String> canonical) {
  RawMention {
    if (first < 0 || end <= first || start < 0 || stop <= start) {
      throw new IllegalArgumentException("raw mention needs non-empty spans, got tokens [" + first + ", " + end
          + ") chars [" + start + ", " + stop + ")");
    }
  }

  RawMention withType(EntityType t) {
    return new RawMention(first, end, start, stop, t, name, canonical);
  }
}

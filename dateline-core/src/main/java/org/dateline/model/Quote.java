package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement attributed (or attributable) to a speaker. {@code content} is the quoted or reported material;
 * for DIRECT quotes it excludes the quote marks.
 */
public record Quote(String id, TextSpan content, QuoteType type, Optional<TextSpan> cue, Optional<Speaker> speaker) {
  public Quote {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(content, "content must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(cue, "cue must not be null (use Optional.empty())");
    Objects.requireNonNull(speaker, "speaker must not be null (use Optional.empty())");
  }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** A theme the article touches ("MILITARY", "ELECTION"), with the spans that evidence it. */
public record Theme(String code, double score, List<TextSpan> evidence) {
  public Theme {
    Objects.requireNonNull(code, "code must not be null");
    evidence = Checks.list("evidence", evidence);
  }
}

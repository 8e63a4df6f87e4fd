package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/** An event participant: the text that names it and its CAMEO-style actor code ("USAGOV", "SYRGOV", "IGOUNO"). */
public record Actor(TextSpan span, String code, Optional<String> entityId) {
  public Actor {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(entityId, "entityId must not be null (use Optional.empty())");
  }
}

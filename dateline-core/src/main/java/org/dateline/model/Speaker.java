package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quote. {@code span} is the speaker as written at the attribution ("the official", "he"); {@code name}
 * and {@code entityId} give the entity it resolves to, when one does. Anonymous sources ("a State Department
 * official") have {@code anonymous == true} and keep what is known in {@code role}/{@code affiliation}.
 */
public record Speaker(
    TextSpan span,
    Optional<String> entityId,
    Optional<String> name,
    Optional<String> role,
    Optional<String> affiliation,
    Optional<String> rank,
    boolean anonymous,
    Optional<TextSpan> addressee) {
  public Speaker {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(entityId, "entityId must not be null (use Optional.empty())");
    Objects.requireNonNull(name, "name must not be null (use Optional.empty())");
    Objects.requireNonNull(role, "role must not be null (use Optional.empty())");
    Objects.requireNonNull(affiliation, "affiliation must not be null (use Optional.empty())");
    Objects.requireNonNull(rank, "rank must not be null (use Optional.empty())");
    Objects.requireNonNull(addressee, "addressee must not be null (use Optional.empty())");
  }
}

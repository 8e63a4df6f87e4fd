package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A title or role seen with a person, e.g. "Pentagon spokesman Cmdr." gives role {@code spokesman}, affiliation
 * {@code Pentagon}, rank {@code Cmdr.}. {@code evidence} is the descriptor as written.
 */
public record Role(TextSpan evidence, Optional<String> role, Optional<String> affiliation, Optional<String> rank) {
  public Role {
    Objects.requireNonNull(evidence, "evidence must not be null");
    Objects.requireNonNull(role, "role must not be null (use Optional.empty())");
    Objects.requireNonNull(affiliation, "affiliation must not be null (use Optional.empty())");
    Objects.requireNonNull(rank, "rank must not be null (use Optional.empty())");
  }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity clustered within one article: all its mentions, however written, share one {@code id}
 * (e.g. "E3"). {@code name} is the canonical (usually longest proper) form.
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions, List<Role> roles) {
  public Entity {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(name, "name must not be null");
    mentions = Checks.list("mentions", mentions);
    roles = Checks.list("roles", roles);
  }
}

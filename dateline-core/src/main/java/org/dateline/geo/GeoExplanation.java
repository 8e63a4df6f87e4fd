package org.dateline.geo;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.dateline.model.PlaceType;
import org.dateline.model.TextSpan;

/**
 * Why a mention resolved as it did: the recognition {@code rule} that found it ("ner", "gazetteer", "demonym",
 * "abbreviation", "metonym", "gold-span"...), its candidates best first, and the chosen geonameId (empty when no
 * candidate passed).
 */
public record GeoExplanation(TextSpan mention, PlaceType type, String rule, List<GeoCandidate> candidates,
    OptionalLong chosen) {
  public GeoExplanation {
    Objects.requireNonNull(mention, "mention must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(rule, "rule must not be null");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(chosen, "chosen must not be null (use OptionalLong.empty())");
  }
}

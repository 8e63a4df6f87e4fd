package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A political event: {@code plover} is the PLOVER type (AGREE, THREATEN, ...), {@code mode} a PLOVER mode or
 * "hypothetical"/"negated"/"future", {@code cameo} the CAMEO code where one fits. Evidence: {@code trigger}
 * and {@code sentence}.
 */
public record Event(
    String id,
    List<Actor> sources,
    List<Actor> targets,
    String plover,
    Optional<String> mode,
    Optional<String> cameo,
    Optional<Integer> quadClass,
    Optional<Double> goldstein,
    TextSpan trigger,
    TextSpan sentence,
    Optional<LocalDate> date,
    Optional<Long> placeGeonameId) {
  public Event {
    Objects.requireNonNull(id, "id must not be null");
    sources = Checks.list("sources", sources);
    targets = Checks.list("targets", targets);
    Objects.requireNonNull(plover, "plover must not be null");
    Objects.requireNonNull(mode, "mode must not be null (use Optional.empty())");
    Objects.requireNonNull(cameo, "cameo must not be null (use Optional.empty())");
    Objects.requireNonNull(quadClass, "quadClass must not be null (use Optional.empty())");
    Objects.requireNonNull(goldstein, "goldstein must not be null (use Optional.empty())");
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    Objects.requireNonNull(date, "date must not be null (use Optional.empty())");
    Objects.requireNonNull(placeGeonameId, "placeGeonameId must not be null (use Optional.empty())");
  }
}

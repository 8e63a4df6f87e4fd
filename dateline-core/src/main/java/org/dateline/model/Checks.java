package org.dateline.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model records; messages state the rule and the offending value. */
final class Checks {
  private Checks() {}

  static void span(String what, int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(what + " span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  static String text(String what, String value) {
    Objects.requireNonNull(value, what + " must not be null");
    return value;
  }

  static <T> List<T> list(String what, List<T> value) {
    return List.copyOf(Objects.requireNonNull(value, what + " must not be null"));
  }
}

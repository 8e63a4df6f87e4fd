package org.dateline.eval;

import java.util.List;

/**
 * One attribution relation in PolNeAR form: source, cue and content, each a list of character segments (empty
 * when the relation lacks that role; several when the span is discontinuous).
 */
public record PolnearRelation(List<Segment> source, List<Segment> cue, List<Segment> content) {
  public PolnearRelation {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
  }

  /** A character range {@code [start, end)}. */
  public record Segment(int start, int end) {
    public Segment {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("segment must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
      }
    }
  }

  /** The segments of {@code role} ("source", "cue" or "content"). */
  public List<Segment> role(String role) {
    return switch (role) {
      case "source" -> source;
      case "cue" -> cue;
      case "content" -> content;
      default -> throw new IllegalArgumentException("role must be source, cue or content, got " + role);
    };
  }
}

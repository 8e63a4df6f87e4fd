package org.dateline.ingest;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A typed failure to read one input or one document inside it. The message names the source, the rule broken and,
 * where known, the byte or line position.
 */
public final class InputException extends RuntimeException {
  /** What rule the input broke. */
  public enum Kind { EMPTY, BINARY, TOO_LARGE, ENCODING, MALFORMED, UNSUPPORTED, IO }

  private final Kind kind;
  private final String source;
  private final long position;

  public InputException(Kind kind, String source, String rule, long position, Throwable cause) {
    super(format(kind, source, rule, position), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = Objects.requireNonNull(source, "source");
    this.position = position;
  }

  public InputException(Kind kind, String source, String rule) {
    this(kind, source, rule, -1, null);
  }

  private static String format(Kind kind, String source, String rule, long position) {
    return source + (position >= 0 ? " (at " + position + ")" : "") + ": " + kind.name().toLowerCase() + ": " + rule;
  }

  public Kind kind() {
    return kind;
  }

  public String source() {
    return source;
  }

  /** Byte offset, record number or line number of the failure, as documented by the reader that threw it. */
  public OptionalLong position() {
    return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
  }
}

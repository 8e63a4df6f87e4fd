package org.dateline.ingest;

import java.util.Objects;

/**
 * A text resource (dictionary, annotation file, gold records) that breaks its documented format. The message reads
 * {@code source:line: rule}; {@link #line()} is 1-based; a negative or zero line (unknown) reads 0. Subclasses name the
 * format.
 */
public abstract class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;

  protected FormatException(String source, int line, String rule, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + ":" + Math.max(0, line) + ": " + rule, cause);
    this.source = source;
    this.line = Math.max(0, line);
  }

  /** The file or resource name. */
  public final String source() {
    return source;
  }

  /** The 1-based line number, 0 when unknown. */
  public final int line() {
    return line;
  }
}

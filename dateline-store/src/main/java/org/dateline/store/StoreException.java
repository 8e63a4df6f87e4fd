package org.dateline.store;

import java.util.Objects;

/** A typed failure of the knowledge base; the message names the data directory and the rule broken. */
public final class StoreException extends RuntimeException {
  /** What went wrong. */
  public enum Kind {
    /** The data directory was written by a build with another schema version. */
    SCHEMA_MISMATCH,
    /** No knowledge base exists at the data directory (read-only open). */
    MISSING,
    /** Another process holds the data directory. */
    LOCKED,
    /** Disk or database failure. */
    IO,
    /** A query argument breaks a rule (unknown format, bad date range). */
    BAD_QUERY
  }

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public StoreException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}

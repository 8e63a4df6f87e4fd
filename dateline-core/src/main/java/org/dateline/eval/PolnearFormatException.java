package org.dateline.eval;

import org.dateline.ingest.FormatException;

/** A PolNeAR/brat file that breaks the format: names the file and the 1-based line. */
public final class PolnearFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public PolnearFormatException(String source, int line, String message) {
    super(source, line, message, null);
  }
}

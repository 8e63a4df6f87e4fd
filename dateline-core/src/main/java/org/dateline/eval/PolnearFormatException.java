package org.dateline.eval;

/** A PolNeAR/brat file that breaks the format: names the file and the 1-based line. */
public final class PolnearFormatException extends RuntimeException {
  private final String source;
  private final int line;

  public PolnearFormatException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}

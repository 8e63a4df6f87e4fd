package org.dateline.events;

/**
 * A line of an actor dictionary or event lexicon that does not follow the documented format (docs/events.md).
 * The message names the rule, the offending text, the source and the 1-based line number.
 */
public final class DictionaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;

  public DictionaryFormatException(String source, int line, String rule, String offending) {
    super(source + ":" + line + ": " + rule + ", got '" + offending + "'");
    this.source = source;
    this.line = line;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}

package org.dateline.events;

import org.dateline.ingest.FormatException;

/**
 * A line of an actor dictionary or event lexicon that does not follow the documented format (docs/events.md).
 * The message names the rule, the offending text, the source and the 1-based line number.
 */
public final class DictionaryFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  public DictionaryFormatException(String source, int line, String rule, String offending) {
    super(source, line, rule + ", got '" + offending + "'", null);
  }
}

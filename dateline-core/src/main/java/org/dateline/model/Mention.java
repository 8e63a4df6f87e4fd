package org.dateline.model;

/** One occurrence of an entity in the text. */
public record Mention(String text, int start, int end) {
  public Mention {
    Checks.text("mention text", text);
    Checks.span("mention", start, end);
  }
}

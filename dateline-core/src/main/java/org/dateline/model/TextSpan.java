package org.dateline.model;

/** A piece of the article text as written, with its offsets: {@code text.equals(article.text().substring(start, end))}. */
public record TextSpan(String text, int start, int end) {
  public TextSpan {
    Checks.text("text", text);
    Checks.span("text", start, end);
  }

  /** The span of {@code source} between the offsets. */
  public static TextSpan of(String source, int start, int end) {
    return new TextSpan(source.substring(start, end), start, end);
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  public boolean contains(int otherStart, int otherEnd) {
    return start <= otherStart && otherEnd <= end;
  }
}

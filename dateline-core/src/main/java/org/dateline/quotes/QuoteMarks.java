package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans enclosed in double quote marks, paragraph by paragraph (a newline ends a paragraph). Straight,
 * curly, guillemet and mismatched pairs (“…") are accepted. A quote left open at the end of a paragraph whose next
 * paragraph opens a quote follows the news convention: it continues there. A quote still open at the end of a
 * paragraph otherwise closes there. Single quotes double as apostrophes: they are read only in a paragraph without
 * double marks, in the British layout {@link SingleQuotes} describes.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quoted span: {@code [start, end)} includes the marks, {@code [innerStart, innerEnd)} excludes them.
   * {@code continues} is true when the quote runs on into the next paragraph's quote.
   */
  record Span(int start, int end, int innerStart, int innerEnd, boolean continues) {
    Span {
      if (start < 0 || innerStart < start || innerEnd < innerStart || end < innerEnd) {
        throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
      }
    }
  }

  static boolean isOpening(char c) {
    return c == '“' || c == '„' || c == '«' || c == '"';
  }

  static boolean isClosing(char c) {
    return c == '”' || c == '»' || c == '"';
  }

  static boolean isMark(String word) {
    return word.length() == 1 && (isOpening(word.charAt(0)) || isClosing(word.charAt(0)))
        || "``".equals(word) || "''".equals(word);
  }

  static List<Span> scan(String text) {
    List<Span> out = new ArrayList<>();
    int p = 0;
    boolean singleOpen = false; // a British quote runs on from the paragraph before
    while (p < text.length()) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl;
      int before = out.size();
      scanParagraph(text, p, end, out);
      boolean blank = firstNonSpace(text, p, end) == end;
      if (out.size() == before && p > 0 && !blank) { // not the headline
        singleOpen = SingleQuotes.scan(text, p, end, out, singleOpen);
      } else if (!blank) {
        singleOpen = false;
      }
      p = end + 1;
    }
    markContinuations(text, out);
    return out;
  }

  private static void scanParagraph(String text, int from, int to, List<Span> out) {
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int len = markLength(text, i, to);
      if (len == 0) {
        continue;
      }
      boolean opensHere = c == '`' || c == '“' || c == '„' || c == '«';
      boolean closesHere = c == '”' || c == '»';
      if (c == '"' || c == '\'') { // straight marks and '' toggle
        if (open < 0) {
          opensHere = true;
        } else {
          closesHere = true;
          if (c == '\'' && i + 2 < to && text.charAt(i + 2) == '\'') {
            continue; // ''' closes a nested single quote first: the double mark is the last two
          }
        }
      }
      if (c == '“' && open >= 0 && closesAfterWord(text, i, from, to)) {
        opensHere = false; // “It’s unusual,“ said …: an opener typed as the closing mark
        closesHere = true;
      }
      if (c == '”' && open < 0 && i + 1 < to && (i == from || Character.isWhitespace(text.charAt(i - 1)))
          && (Character.isLetterOrDigit(text.charAt(i + 1)) || text.indexOf('”', i + 1) >= 0
          && text.indexOf('”', i + 1) < to)) {
        opensHere = true; // a closing mark used as an opener: ”It is …” or "He says, ” there are …”"
        closesHere = false;
      }
      if (opensHere && open >= 0 && c == '“' && closingsAfter(text, i + 1, to) >= 2) {
        i = text.indexOf('”', i + 1); // “As I said, “hell” is better.”: a quote inside the quote, which goes on
        continue;
      }
      if (opensHere && open >= 0 && c != '"' && c != '\'') {
        out.add(unclosed(text, open, lastNonSpace(text, open, i), false)); // “ inside “: the first never closed
        open = -1;
      }
      if (closesHere && open >= 0) {
        out.add(new Span(open, i + len, open + markLength(text, open, to), i, false));
        open = -1;
      } else if (opensHere && open < 0) {
        open = i;
      }
      i += len - 1;
    }
    if (open >= 0) {
      out.add(unclosed(text, open, lastNonSpace(text, open, to), true));
    }
  }

  /** How many curly closing marks ” follow in {@code [from, to)}, up to two, if no curly opener comes first. */
  private static int closingsAfter(String text, int from, int to) {
    int n = 0;
    for (int k = from; k < to && n < 2; k++) {
      char c = text.charAt(k);
      if (c == '”') {
        n++;
      } else if (c == '“' && n == 0) {
        return 0;
      }
    }
    return n;
  }

  /** A mark glued to the word before it and followed by a space or the paragraph end. */
  private static boolean closesAfterWord(String text, int i, int from, int to) {
    return i > from && !Character.isWhitespace(text.charAt(i - 1))
        && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static Span unclosed(String text, int open, int end, boolean atParagraphEnd) {
    int inner = Math.min(open + markLength(text, open, end), end);
    return new Span(open, end, inner, end, atParagraphEnd);
  }

  /** The first index in {@code [from, to)} that is no whitespace, or {@code to}. */
  static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code [from, to)} without trailing whitespace, keeping at least the character at {@code from}. */
  static int lastNonSpace(String text, int from, int to) {
    int e = to;
    while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Length of the double-quote mark at {@code i} (2 for `` and ''), 0 if there is none. */
  private static int markLength(String text, int i, int to) {
    char c = text.charAt(i);
    if (c == '`' || c == '\'') {
      return i + 1 < to && text.charAt(i + 1) == c ? 2 : 0;
    }
    return isOpening(c) || isClosing(c) ? 1 : 0;
  }

  /** Keeps {@code continues} only where the next paragraph begins with a quote, as the convention requires. */
  private static void markContinuations(String text, List<Span> spans) {
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      if (!s.continues()) {
        continue;
      }
      boolean next = k + 1 < spans.size() && startsParagraph(text, spans.get(k + 1).start(), s.end());
      spans.set(k, new Span(s.start(), s.end(), s.innerStart(), s.innerEnd(), next));
    }
  }

  private static boolean startsParagraph(String text, int at, int after) {
    boolean sawNewline = false;
    for (int i = after; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sawNewline = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return sawNewline;
  }
}

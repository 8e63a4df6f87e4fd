package org.dateline.quotes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * British quotation: {@code 'We played well,' said the manager.}, {@code He said: 'We will win.'} A single mark opens
 * a quote at a word start and closes it right after the sentence's own punctuation ({@code ,' .' ?' !'}) before a
 * space or the paragraph end, so apostrophes ({@code don't}, {@code the workers'}) and scare quotes ({@code 'fake
 * news'}) never pair. The paragraph must also report speech outside the quote (a verb of saying), which keeps
 * single-quoted subheads and titles out.
 */
final class SingleQuotes {
  private SingleQuotes() {}

  private static final Pattern REPORTING = Pattern.compile(
      "\\b(said|says|told|tells|added|adds|asked|asks|warned|insisted|explained|wrote|according to|replied|noted"
          + "|admitted|declared|claimed|argued|stressed|recalled|shouted|chanted|continued|went on)\\b");

  /**
   * Adds the single-quoted spans of the paragraph {@code [from, to)} to {@code out}; returns whether a quote is left
   * open at its end after a full stop, to run on into a next paragraph that opens with a single mark (the news
   * convention). {@code continued}: the paragraph before left one open, so no verb of saying is needed here.
   */
  static boolean scan(String text, int from, int to, List<QuoteMarks.Span> out, boolean continued) {
    int found = out.size();
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '‘' && c != '’') {
        continue;
      }
      if (open < 0 && c != '’' && opens(text, i, from, to)) {
        open = i;
      } else if (open >= 0 && c != '‘' && closes(text, i, to)) {
        out.add(new QuoteMarks.Span(open, i + 1, open + 1, i, false));
        open = -1;
      }
    }
    int last = open >= 0 ? QuoteMarks.lastNonSpace(text, open, to) : to;
    boolean runsOn = open >= 0 && last - 1 > open && ".?!".indexOf(text.charAt(last - 1)) >= 0
        && opensSentence(text, open, from);
    if (runsOn) {
      out.add(new QuoteMarks.Span(open, last, open + 1, last, true));
    }
    boolean opensHere = continued && out.size() > found
        && out.get(found).start() == QuoteMarks.firstNonSpace(text, from, to);
    if (out.size() > found && !opensHere && !reports(text, from, to, out.subList(found, out.size()))) {
      out.subList(found, out.size()).clear();
      return false;
    }
    return runsOn;
  }

  /** A mark at the paragraph start or after a sentence's or clause's punctuation: "she said. 'We …". */
  private static boolean opensSentence(String text, int open, int from) {
    int k = open - 1;
    while (k >= from && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < from || ".?!:,".indexOf(text.charAt(k)) >= 0;
  }


  private static boolean opens(String text, int i, int from, int to) {
    boolean wordStart = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    return wordStart && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean closes(String text, int i, int to) {
    char before = text.charAt(i - 1);
    return (before == ',' || before == '.' || before == '?' || before == '!')
        && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** Whether the paragraph outside the quotes holds a verb of saying: the quotes are speech, not titles. */
  private static boolean reports(String text, int from, int to, List<QuoteMarks.Span> spans) {
    StringBuilder rest = new StringBuilder();
    int p = from;
    for (QuoteMarks.Span s : spans) {
      rest.append(text, p, s.start()).append(' ');
      p = s.end();
    }
    rest.append(text, p, to);
    return REPORTING.matcher(rest).find();
  }
}

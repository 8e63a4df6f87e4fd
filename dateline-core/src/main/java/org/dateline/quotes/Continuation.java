package org.dateline.quotes;

import org.dateline.model.QuoteType;

/**
 * Quotes with no cue of their own. A quote that continues an attributed one (open-quote convention) or follows
 * one in the same paragraph ({@code "A," she said. "B."}) joins that attribution, and so does a statement-like
 * quote opening the paragraph right after (the speaker carries over; PolNeAR annotates it as the same relation).
 * Short quotes inside a sentence are scare quotes, titles or nicknames and are not statements.
 */
final class Continuation {
  private Continuation() {}

  static void attach(TokenView v, Attribution[] byQuote, boolean[] used) {
    joinContinuedChains(v, byQuote);
    Attribution lastDirect = null;
    int lastDirectPara = -1;
    for (int q = 0; q < byQuote.length; q++) {
      QuoteMarks.Span span = v.quotes.get(q);
      int a = v.tokenAtOrAfter(span.start());
      if (a >= v.size()) {
        break;
      }
      if (byQuote[q] != null) {
        lastDirect = byQuote[q];
        lastDirectPara = v.paragraph(v.tokenEndingBy(span.end()));
        continue;
      }
      int para = v.paragraph(a);
      boolean resumes = lastDirect != null && para == lastDirectPara && resumesAfterCue(v, a, lastDirect);
      if (isUsed(v, q, a, used) || !resumes && !statementLike(v, span, a)) {
        continue;
      }
      if (lastDirect != null && para == lastDirectPara) {
        lastDirect.add(span.innerStart(), span.innerEnd(), QuoteType.DIRECT);
      } else if (lastDirect != null && para == lastDirectPara + 1 && startsParagraph(v, a)) {
        lastDirect.add(span.innerStart(), span.innerEnd(), QuoteType.DIRECT); // the speaker carries over
      } else {
        continue;
      }
      byQuote[q] = lastDirect;
      lastDirectPara = v.paragraph(v.tokenEndingBy(span.end()));
      markQuote(v, q, a, used);
    }
  }

  /** Quotes chained by the open-quote convention share the attribution any member of the chain found. */
  private static void joinContinuedChains(TokenView v, Attribution[] byQuote) {
    int q = 0;
    while (q < byQuote.length) {
      int end = q;
      while (end + 1 < byQuote.length && v.quotes.get(end).continues()) {
        end++;
      }
      Attribution owner = null;
      for (int k = q; k <= end && owner == null; k++) {
        owner = byQuote[k];
      }
      if (owner != null) {
        for (int k = q; k <= end; k++) {
          if (byQuote[k] == null) {
            QuoteMarks.Span s = v.quotes.get(k);
            owner.add(s.innerStart(), s.innerEnd(), QuoteType.DIRECT);
            byQuote[k] = owner;
          }
        }
      }
      q = end + 1;
    }
  }

  /** A full statement rather than a scare quote: several words, opening its sentence or following a colon. */
  static boolean statementLike(TokenView v, QuoteMarks.Span span, int firstToken) {
    String inner = v.text.substring(span.innerStart(), span.innerEnd()).strip();
    int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
    if (words < 4) {
      return false;
    }
    return firstToken == 0 || v.sentenceStart(firstToken) == firstToken || startsParagraph(v, firstToken)
        || ":".equals(v.word(firstToken - 1)) || v.isSentencePunct(firstToken - 1);
  }

  /** {@code "A," she said, "B."}: the quote follows the attribution's clause after a comma or colon. */
  private static boolean resumesAfterCue(TokenView v, int a, Attribution last) {
    if (a == 0 || last.cueEnd < 0 || last.cueStart >= a || a - last.cueEnd > 25) {
      return false;
    }
    String before = v.word(a - 1);
    return ",".equals(before) || ":".equals(before) || v.isSentencePunct(a - 1)
        || before.length() > 1 && before.endsWith("."); // "… of Jacksonville, Fla."
  }

  private static boolean startsParagraph(TokenView v, int a) {
    return a == 0 || v.paragraph(a - 1) != v.paragraph(a);
  }

  private static boolean isUsed(TokenView v, int q, int a, boolean[] used) {
    for (int i = a; i < v.size() && v.quoteOf(i) == q; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  static void markQuote(TokenView v, int q, int a, boolean[] used) {
    for (int i = a; i < v.size() && v.quoteOf(i) == q; i++) {
      used[i] = true;
    }
  }
}

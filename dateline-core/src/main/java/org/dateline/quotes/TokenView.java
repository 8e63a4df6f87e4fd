package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** Read-only token arrays over one document: paragraph numbers, quote membership and sentence bounds. */
final class TokenView {
  final String text;
  final List<Token> tokens;
  final List<QuoteMarks.Span> quotes;
  private final int[] paragraph;
  private final int[] quoteOf;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final String[] lower;
  private final String[] pos;
  private final String[] lemma;

  TokenView(NlpDoc doc) {
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.quotes = QuoteMarks.scan(text);
    int n = tokens.size();
    paragraph = new int[n];
    quoteOf = new int[n];
    sentStart = new int[n];
    sentEnd = new int[n];
    lower = new String[n];
    pos = new String[n];
    lemma = new String[n];
    int q = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lower[i] = t.word().toLowerCase(Locale.ROOT);
      pos[i] = t.pos();
      lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
      if (i > 0) {
        paragraph[i] = paragraph[i - 1] + (hasNewline(text, tokens.get(i - 1).end(), t.start()) ? 1 : 0);
      }
      while (q < quotes.size() && quotes.get(q).end() <= t.start()) {
        q++;
      }
      quoteOf[i] = q < quotes.size() && quotes.get(q).start() <= t.start() && t.end() <= quotes.get(q).end() ? q : -1;
    }
    Retags.apply(tokens, lower, pos);
    HeadlineVerbs.retag(paragraph, lower, pos, lemma);
    List<Sentence> ss = doc.sentences();
    int[] from = new int[ss.size()];
    int[] to = new int[ss.size()];
    for (int k = 0; k < ss.size(); k++) {
      from[k] = Math.min(ss.get(k).firstToken(), n);
      to[k] = Math.min(ss.get(k).endToken(), n);
      if (k > 0 && from[k] < to[k] && closesQuote(from[k])) {
        from[k]++; // '… a Muslim. " Perhaps': the splitter put the closing mark in the next sentence
        to[k - 1] = from[k];
      }
    }
    List<Integer> bullets = new ArrayList<>();
    for (int k = 0; k < ss.size(); k++) {
      if (from[k] + 1 < to[k] && bullet(from[k])) {
        bullets.add(from[k]++); // "- "We will respond," …": a list mark opens no content
      }
    }
    int open = 0; // first token of the sentence being built: a wrong split after an abbreviation is undone
    for (int k = 0; k < ss.size(); k++) {
      if (k == 0 || !continues(from[k])) {
        open = from[k];
      }
      fill(open, to[k]);
    }
    bullets.forEach(b -> fill(b, b + 1));
  }

  private static final Set<String> BULLETS = Set.of("-", "--", "*", "•", "–", "—", "·", "+");

  /** A list mark first in its paragraph. */
  private boolean bullet(int i) {
    return BULLETS.contains(lower[i]) && (i == 0 || paragraph[i] != paragraph[i - 1]);
  }

  /** Marks tokens {@code [from, to)} as one sentence. */
  private void fill(int from, int to) {
    for (int i = from; i < to; i++) {
      sentStart[i] = from;
      sentEnd[i] = to;
    }
  }

  /** Whether token {@code i} is the closing mark of a quote that opened before it. */
  private boolean closesQuote(int i) {
    int q = quoteOf[i];
    return q >= 0 && isMark(i) && quotes.get(q).end() == tok(i).end() && quotes.get(q).start() < tok(i).start();
  }

  /**
   * Whether the sentence starting at token {@code first} continues the previous one: the splitter broke after an
   * abbreviation's period ("Sen. Lindsey Graham, R-S.C., said"; "Rep. Trey Gowdy (R-S.C.) said"), so the new
   * sentence opens with a comma or a lower-case word.
   */
  private boolean continues(int first) {
    int period = first - (first > 0 && ")".equals(word(first - 1)) ? 2 : 1);
    if (period < 1 || first >= tokens.size() || !".".equals(word(period))
        || tok(period - 1).end() != tok(period).start() || !ContentEnds.isAbbreviation(word(period - 1))) {
      return false;
    }
    String w = word(first);
    return ",".equals(w) || ";".equals(w) || Character.isLowerCase(w.charAt(0));
  }

  private static boolean hasNewline(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  int size() {
    return tokens.size();
  }

  Token tok(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return lower[i];
  }

  /** The tag of token {@code i}, with the tagger's errors that {@link Retags} knows corrected. */
  String pos(int i) {
    return pos[i];
  }

  /** The lower-cased lemma of token {@code i}; a verb {@link HeadlineVerbs} found gets its verb stem. */
  String lemma(int i) {
    return lemma[i];
  }

  boolean in(int i) {
    return i >= 0 && i < tokens.size();
  }

  int paragraph(int i) {
    return paragraph[i];
  }

  /** Index of the quote span containing token {@code i}, or -1. */
  int quoteOf(int i) {
    return quoteOf[i];
  }

  boolean isMark(int i) {
    return QuoteMarks.isMark(word(i));
  }

  /** First token of the short quoted phrase, title or scare quote, whose closing mark is at {@code close}, or -1. */
  int quotedStart(int close, int limit) {
    int q = quoteOf[close];
    int first = close;
    while (q >= 0 && first - 1 > limit && quoteOf[first - 1] == q) {
      first--;
    }
    return q < 0 || first == close || close - first > TITLE_TOKENS || !isMark(first) ? -1 : first;
  }

  /** Token after the short capitalised quoted title whose opening mark is at {@code open}, or -1. */
  int titleEnd(int open, int limit) {
    int q = quoteOf[open];
    int last = open;
    while (q >= 0 && last + 1 < limit && quoteOf[last + 1] == q) {
      last++;
    }
    return q < 0 || last == open || last - open > TITLE_TOKENS || !isMark(last) || !capital(open + 1) ? -1
        : last + 1;
  }

  private boolean capital(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static final int TITLE_TOKENS = 8;

  int sentenceStart(int i) {
    return sentStart[i];
  }

  int sentenceEnd(int i) {
    return sentEnd[i];
  }

  /** First token starting at or after {@code offset}; {@code size()} if none. */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Last token ending at or before {@code offset}; -1 if none. */
  int tokenEndingBy(int offset) {
    int i = tokenAtOrAfter(offset) - 1;
    while (i >= 0 && tokens.get(i).end() > offset) {
      i--;
    }
    return i;
  }

  boolean isPunct(int i) {
    String w = word(i);
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || isMark(i) || "--".equals(w);
  }

  /** True for a finite verb or a modal (VBD, VBZ, VBP, MD): the head of a clause. */
  boolean isFinite(int i) {
    String p = pos(i);
    return "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p);
  }

  /** Whether a comma stands among tokens {@code [s, e)}. */
  boolean hasComma(int s, int e) {
    for (int k = s; k < e; k++) {
      if (",".equals(word(k))) {
        return true;
      }
    }
    return false;
  }

  /** True for the end of a clause: sentence punctuation. */
  boolean isSentencePunct(int i) {
    String w = word(i);
    return ".".equals(w) || "!".equals(w) || "?".equals(w) || "...".equals(w) || "…".equals(w);
  }
}

package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.QuoteType;

/** The headline layout {@code Speaker: claim} ("Lynch: No outside influence on FBI probe"), colon as cue. */
final class Headlines {
  private Headlines() {}

  private static final int MAX_SPEAKER_TOKENS = 6;
  /** Labels of a page's furniture, never a speaker's ("UPDATE:", "VIDEO:"). */
  static final Set<String> PAGE_LABELS = Set.of(
      "note", "correction", "update", "updates", "reminder", "email", "newsletter", "editor", "stat", "daily",
      "briefing", "roundup", "recap", "transcript", "week", "exclusive", "breaking", "live", "watch", "q", "a",
      "video", "audio", "photo", "photos", "listen", "read", "related", "source", "byline", "advertisement");

  /**
   * "Editor's note:", "CORRECTION:", "Delegate Update:", "Iowa:": a page label or a list heading (a place name
   * alone) speaks for nobody.
   */
  private static boolean isPageLabel(TokenView v, int first, int colon) {
    boolean place = true;
    for (int i = first; i < colon; i++) {
      if (PAGE_LABELS.contains(v.lower(i))) {
        return true;
      }
      place &= "LOCATION".equals(v.tok(i).ner()) && !namesSomeoneElsewhere(v, i) || "HYPH".equals(v.pos(i));
    }
    return place;
  }

  /** "Trump/LOCATION:" in a headline whose story has "Donald Trump/PERSON": the word names a person there. */
  private static boolean namesSomeoneElsewhere(TokenView v, int i) {
    for (int k = 0; k < v.size(); k++) {
      String ner = v.tok(k).ner();
      if (k != i && "PERSON".equals(ner) && v.word(k).equals(v.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** The attribution of the paragraph opening at token {@code first}, or null when it is not this layout. */
  static Attribution at(TokenView v, int first, boolean[] used) {
    int para = v.paragraph(first);
    int colon = first;
    while (v.in(colon) && v.paragraph(colon) == para && colon - first <= MAX_SPEAKER_TOKENS
        && !":".equals(v.word(colon))) {
      if (v.isPunct(colon) && !"POS".equals(v.pos(colon)) || v.pos(colon).startsWith("VB")) {
        return null;
      }
      colon++;
    }
    if (!v.in(colon) || !":".equals(v.word(colon)) || colon == first || v.paragraph(colon) != para
        || !Character.isUpperCase(v.word(first).charAt(0)) || "CD".equals(v.pos(colon - 1))) {
      return null;
    }
    int to = first + 1;
    while (to < colon - 1 && !"to".equals(v.lower(to))) {
      to++;
    }
    SourceFinder.Range listener = to < colon - 1 ? new SourceFinder.Range(to + 1, colon) : null;
    SourceFinder.Range src = SourceFinder.nounPhraseLeft(v, listener != null ? to - 1 : colon - 1, first);
    if (src == null || src.start() != first || isPageLabel(v, first, colon) || isTopic(v, first, colon)) {
      return null; // "Clinton to Planned Parenthood: …": the speaker and the audience
    }
    int end = colon + 1;
    while (v.in(end) && v.paragraph(end) == para) {
      end++;
    }
    int last = end;
    while (last > colon + 1 && v.isPunct(last - 1) && !v.isMark(last - 1)
        && !ContentEnds.keptAtEnd(v, colon + 1, last - 1)) {
      last--;
    }
    if (last - colon - 1 < 3) {
      return null;
    }
    for (int i = first; i < last; i++) {
      if (used[i]) {
        return null;
      }
    }
    for (int i = colon + 1; i < last; i++) {
      used[i] = true;
    }
    boolean quoted = false;
    for (int i = colon + 1; i < last; i++) {
      quoted |= v.quoteOf(i) >= 0;
    }
    return new Attribution().cue(colon, colon + 1).source(src).addressee(listener)
        .add(v.tok(colon + 1).start(), v.tok(last - 1).end(), quoted ? QuoteType.MIXED : QuoteType.INDIRECT);
  }

  private static final Set<String> REPORTS = Set.of("report", "result", "newspaper", "paper", "editorial", "memo");

  /**
   * "One notable trend: …", "Campaign funding: …", "Another problem for Sanders: …": a label whose head (the
   * noun before any preposition) is a singular common noun naming no speaker, poll or report.
   */
  private static boolean isTopic(TokenView v, int first, int colon) {
    int head = first;
    for (; head + 1 < colon && !"IN".equals(v.pos(head + 1)); head++) {
      if (v.pos(head).startsWith("NNP")) {
        return false; // "Clinton camp: …", "Democrats' new warning: …"
      }
    }
    String w = v.lower(head);
    return "NN".equals(v.pos(head)) && !v.word(head).equals(v.word(head).toUpperCase(Locale.ROOT))
        && !SpeakerDescriptor.ROLES.contains(w) && !Evidence.isNoun(w) && !REPORTS.contains(w);
  }

  private static final int MAX_HEADLINE_TOKENS = 20;

  /**
   * Whether token {@code i} lies in a headline: a short one-sentence paragraph that ends without a full stop, or
   * with the semicolon of a headline list ("Germany pledges to expand its military;"), or a story's first
   * paragraph of that length, full stop or not, when more paragraphs follow.
   */
  static boolean isHeadline(TokenView v, int i) {
    int para = v.paragraph(i);
    int first = i;
    while (first > 0 && v.paragraph(first - 1) == para) {
      first--;
    }
    int last = i;
    while (v.in(last + 1) && v.paragraph(last + 1) == para) {
      last++;
    }
    if (last - first >= MAX_HEADLINE_TOKENS || v.sentenceStart(first) != v.sentenceStart(last)) {
      return false;
    }
    String w = v.word(last);
    boolean closingMark = (v.isMark(last) || "'".equals(w) || "’".equals(w)) && last > first && !v.isPunct(last - 1)
        && !v.isMark(last - 1); // "Minister says talks 'close to collapse'"
    return ";".equals(w) || !v.isPunct(last) && !v.isMark(last) || closingMark
        || first == 0 && ".".equals(w) && v.in(last + 1);
  }
}

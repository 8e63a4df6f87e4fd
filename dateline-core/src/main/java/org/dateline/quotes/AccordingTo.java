package org.dateline.quotes;

/** The prepositional cue {@code according to}: before its content or after it, or interrupting it. */
final class AccordingTo {
  private AccordingTo() {}

  /** {@code According to X, …} and {@code …, according to X}. */
  static Attribution at(TokenView v, int i, boolean[] used) {
    int lim = v.sentenceStart(i);
    int end = ContentEnds.of(v, v.sentenceEnd(i), i);
    int stop = i + 2;
    while (stop < end && !",".equals(v.word(stop)) && !v.isSentencePunct(stop) && !v.isMark(stop)) {
      stop++;
    }
    if (stop <= i + 2) {
      return null;
    }
    Attribution at = new Attribution().cue(i, i + 2).source(new SourceFinder.Range(i + 2, stop));
    boolean opens = i - lim <= 1 || ":".equals(v.word(i - 1)) || ";".equals(v.word(i - 1)); // "…: According to X,"
    if (opens) {
      if (stop + 2 < end) {
        IndirectSpeech.add(v, at, stop + 1, end, used);
      }
    } else if (!v.isPunct(i - 1) && i - lim > 3 && ContentEnds.finiteBetween(v, lim, i)
        && (stop >= end || v.isSentencePunct(stop) || ",".equals(v.word(stop)))) {
      LeadingContent.clause(v, at, lim, i, used); // "Clinton leads by 271 delegates according to a count by The AP."
    } else if (",".equals(v.word(i - 1)) || Appositives.isDash(v, i - 1)) { // "… — or wrong — according to"
      boolean commaAfter = v.in(stop) && ",".equals(v.word(stop)); // the text may end right after the source
      boolean verbNext = commaAfter && v.in(stop + 1) && v.isFinite(Modifiers.skip(v, stop + 1, end));
      if (verbNext) {
        LeadingContent.interrupted(v, at, lim, i - 1, used); // "Lee, according to two aides, has decided to run"
      } else {
        LeadingContent.clause(v, at, lim, i - 1, used);
      }
      if (commaAfter && stop + 3 < end && !ContentEnds.finiteBetween(v, lim, i)) {
        IndirectSpeech.add(v, at, stop + 1, end, used); // "Over the long term, according to the agency, the debt …"
      }
    }
    return at.content.isEmpty() ? null : at;
  }
}

package org.dateline.quotes;

/**
 * The speaker standing between a closing quote and its cue when {@link SourceFinder#left} cannot parse it:
 * {@code "…," super PAC spokeswoman Ann Lee said}, {@code "…," Mr. Hale, of Acme Capital, said},
 * {@code "…," Mr. Hale, now 81 and retired in Ohio, said}. The words must name someone and hold no verb.
 */
final class QuoteSubjects {
  private QuoteSubjects() {}

  private static final int MAX_WORDS = 25;

  /**
   * The words {@code [j, cue)} as the subject of the cue at {@code cue}, or null when they are not a speaker: they
   * open with a capitalised word or a determiner, their first comma-delimited part names a person or role, and no
   * verb, mark or clause punctuation stands among them (an appositive's closing comma stays, as PolNeAR marks it).
   */
  static SourceFinder.Range between(TokenView v, int j, int cue) {
    if (cue - j < 1 || cue - j > MAX_WORDS) {
      return null;
    }
    String first = v.pos(j);
    boolean capital = Character.isUpperCase(v.word(j).charAt(0));
    if (!capital && !first.startsWith("DT") && !first.startsWith("JJ") && !first.startsWith("NN")
        && !first.startsWith("PRP$") && !(first.startsWith("RB") && v.pos(j + 1).startsWith("NN"))
        && !InvertedSources.opens(v, j, j, cue)) { // "…," retired/VBN Navy admiral Ann Lee said
      return null;
    }
    int firstComma = -1;
    for (int i = j; i < cue; i++) {
      int title = v.isMark(i) ? v.titleEnd(i, cue) : -1;
      if (title > 0) {
        i = title - 1; // "wearing a cowboy hat and "Ted Cruz" campaign pins,"
        continue;
      }
      String w = v.word(i);
      boolean verb = v.isFinite(i) || "VB".equals(v.pos(i)) || "TO".equals(v.pos(i));
      if (v.isMark(i) || ":".equals(w) || ";".equals(w) || v.isSentencePunct(i) || Appositives.isDash(v, i)
          || verb && !(i == j && capital) || "who".equals(v.lower(i)) || "that".equals(v.lower(i))) {
        return null;
      }
      if (",".equals(w) && firstComma < 0) {
        firstComma = i;
      }
    }
    int headEnd = firstComma < 0 ? cue : firstComma;
    if (headEnd <= j || !names(v, j, headEnd)) {
      return null;
    }
    int end = cue;
    if (firstComma < 0) {
      return new SourceFinder.Range(j, end);
    }
    return ",".equals(v.word(cue - 1)) ? new SourceFinder.Range(j, end) : null;
  }

  /** Whether {@code [s, e)} ends in a name or a role: "Mr. Hale", "the agency's spokeswoman". */
  private static boolean names(TokenView v, int s, int e) {
    String last = v.word(e - 1);
    boolean role = SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(e - 1)));
    boolean name = Character.isUpperCase(last.charAt(0)) && !v.isPunct(e - 1);
    return role || name && NpTokens.hasProperNoun(v, new SourceFinder.Range(s, e))
        || name && e - s == 1;
  }
}

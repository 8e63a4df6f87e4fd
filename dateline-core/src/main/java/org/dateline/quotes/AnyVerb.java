package org.dateline.quotes;

import java.util.Set;

/**
 * A quote handed on by a comma, "!" or "?" to a clause that is nothing but a speaker and a finite verb:
 * {@code "…!" beamed Ann Lee of Ohio.}, {@code "…," he laughed.}, {@code "…," remembered Bo Diaz, a former aide.}
 * The layout marks the verb as the cue whatever the verb.
 */
final class AnyVerb {
  private AnyVerb() {}

  private static final Set<String> NOT_CUES = Set.of("be", "have", "do", "get", "go", "come", "make", "take");

  /** The attribution of the clause {@code [j, limit)} after a quote, or null when it is not speaker and verb alone. */
  static Attribution beside(TokenView v, int j, int limit) {
    if (isVerb(v, j)) { // inverted: "…," beamed Ann Lee.
      SourceFinder.Range src = InvertedSources.speaker(v, j + 1, limit);
      if (src == null || !names(v, src) || !closes(v, src.end(), limit)) {
        return null;
      }
      return new Attribution().cue(j, j + 1).source(src);
    }
    for (int c = j + 1; c < limit && c <= j + 6; c++) {
      if (isVerb(v, c)) { // "…," he laughed.
        SourceFinder.Range src = SourceFinder.left(v, c, j);
        int cueEnd = c + 1 < limit && PARTICLES.contains(v.lower(c + 1)) ? c + 2 : c + 1; // "Trump shot back."
        int e = cueEnd < limit && ("IN".equals(v.pos(cueEnd)) || Modifiers.isTimeWord(v.lower(cueEnd)))
            ? Modifiers.skip(v, cueEnd, limit) : cueEnd; // "Toomey fumed on Tuesday.", not "the crowd cheered loudly"
        boolean ends = e >= limit || v.isPunct(e) && !v.isMark(e);
        return src != null && src.start() == j && ends ? new Attribution().cue(c, cueEnd).source(src) : null;
      }
      if (v.pos(c).startsWith("VB") || v.pos(c).startsWith("MD")) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> PARTICLES = Set.of("back", "out", "up", "off", "in");

  private static boolean isVerb(TokenView v, int i) {
    String p = v.pos(i);
    return ("VBD".equals(p) || "VBZ".equals(p)) && v.quoteOf(i) < 0 && !NOT_CUES.contains(v.lemma(i))
        && Character.isLowerCase(v.word(i).charAt(0));
  }

  /** A name or a role: "Ann Lee", "a spokesman". */
  private static boolean names(TokenView v, SourceFinder.Range r) {
    return NpTokens.hasProperNoun(v, r)
        || SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(r.end() - 1)));
  }

  /** Whether nothing but punctuation or an appositive's comma follows the speaker. */
  private static boolean closes(TokenView v, int e, int limit) {
    return e >= limit || v.isPunct(e);
  }
}

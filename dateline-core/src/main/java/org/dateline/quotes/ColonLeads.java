package org.dateline.quotes;

import java.util.Set;

/**
 * A sentence-opening clause that introduces a direct quote after a colon without a verb of saying: {@code The
 * letter makes a blunt case: "…"}, {@code The rally had one message: "…"}, {@code A report had this to say: "…"}.
 * The subject is the source; the predicate from its finite verb through the colon is the cue, and so it is after a
 * verb of saying with more than an addressee before the colon ({@code Lee said of the plan: "…"}).
 */
final class ColonLeads {
  private ColonLeads() {}

  private static final int MAX_PREDICATE = 12;
  private static final Set<String> NOT_SOURCES = Set.of(
      "it", "there", "this", "that", "these", "those", "what", "here", "the following", "which");

  /** The attribution for a quote opening after the colon at {@code colon}, or null when no clause leads to it. */
  static Attribution before(TokenView v, int colon) {
    int lim = v.sentenceStart(colon);
    for (int c = colon - 1; c > lim && c >= colon - MAX_PREDICATE; c--) {
      String p = v.pos(c);
      if (v.isPunct(c) || v.isMark(c) || "WDT".equals(p) || "WP".equals(p)) {
        return null; // one plain clause only: no commas, quotes or relative clauses in the predicate
      }
      if (!v.isFinite(c)) {
        continue;
      }
      SourceFinder.Range subject = SourceFinder.left(v, c, lim);
      if (subject == null || subject.start() != lim || NOT_SOURCES.contains(v.lower(lim))
          && subject.end() - subject.start() == 1) {
        return null;
      }
      boolean addressed = Addressees.of(v, c, colon) != null || "to".equals(v.lower(c + 1));
      if (DirectQuotes.isSpeechVerb(v, c) && addressed || "be".equals(v.lemma(c))) {
        return null; // "she told the crowd: "…"": the addressee is no part of the cue; "X was Y:" names no act
      }
      return new Attribution().cue(c, colon + 1).source(subject);
    }
    return null;
  }
}

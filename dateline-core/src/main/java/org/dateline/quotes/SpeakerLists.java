package org.dateline.quotes;

import java.util.Set;

/**
 * A list of speakers before a cue ({@code his family, friends and employees said}, {@code Obama, Clinton, and other
 * Democrats say}): the whole list is the source, as PolNeAR annotates it. Only a list that opens the clause counts,
 * so {@code On Monday, Lee and Park said} keeps {@code Lee and Park}.
 */
final class SpeakerLists {
  private SpeakerLists() {}

  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** Longer "items" are clauses the tagger misread: "Lee and the pope share/NN many goals, and Lee said". */
  private static final int MAX_ITEM = 6;

  /** A subordinator, or "whether"/"that" opening a clause. */
  private static boolean isSubordinator(String w) {
    return Vocabulary.SUBORDINATORS.contains(w) || "whether".equals(w) || "that".equals(w);
  }

  /** The list ending in the speaker phrase {@code r} and starting at {@code limit}, else {@code r}. */
  static SourceFinder.Range widen(TokenView v, SourceFinder.Range r, int limit) {
    if (r == null || r.start() - 2 < limit) {
      return r;
    }
    int comma = r.start() - 1;
    if (!conjoined(v, r)) {
      if (!CONJUNCTIONS.contains(v.lower(comma)) || !",".equals(v.word(comma - 1))) {
        return r; // "A, B, and C": C alone, after the conjunction
      }
      comma--;
    }
    int start = -1;
    int opening = -1; // the leftmost item that opens the clause after a connective or an opening phrase
    while (comma - 1 >= limit && ",".equals(v.word(comma))) {
      SourceFinder.Range item = SourceFinder.nounPhraseLeft(v, comma - 1, limit);
      if (item == null || item.end() != comma || item.end() - item.start() > MAX_ITEM
          || Modifiers.isTimeWord(v.lower(item.end() - 1)) || v.hasComma(item.start(), item.end())) {
        break;
      }
      start = item.start();
      comma = start - 1;
      if (opensClause(v, start, limit)) {
        opening = start;
      }
    }
    boolean afterQuote = opening > 0 && v.quoteOf(opening - 1) >= 0; // "a “supermax” prison in X, and an aide said"
    return opening >= 0 && !afterQuote ? new SourceFinder.Range(opening, r.end()) : r;
  }

  /** "But labor unions, …", "Throughout the night, his family, …": the list opens its clause. */
  private static boolean opensClause(TokenView v, int start, int limit) {
    if (start == limit || ":".equals(v.word(start - 1)) || ";".equals(v.word(start - 1))) {
      return true; // "… by his nomination: 45% of Republicans, 28% of independents and …"
    }
    if (start - 1 == limit) {
      return "CC".equals(v.pos(limit));
    }
    boolean phrase = "IN".equals(v.pos(limit)) && !isSubordinator(v.lower(limit)) || "RB".equals(v.pos(limit));
    if (!",".equals(v.word(start - 1)) || !phrase) {
      return false; // not "If the refugees Obama, Clinton and other Democrats want …"
    }
    for (int i = limit; i < start - 1; i++) {
      if (v.isFinite(i) || ",".equals(v.word(i)) || v.isMark(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean conjoined(TokenView v, SourceFinder.Range r) {
    for (int i = r.start() + 1; i < r.end() - 1; i++) {
      if (CONJUNCTIONS.contains(v.lower(i))) {
        return true;
      }
    }
    return false;
  }
}

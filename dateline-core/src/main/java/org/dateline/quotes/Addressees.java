package org.dateline.quotes;

import java.util.Set;

/** The listener a verb of telling names right after it: "told Anadolu Agency", "warned reporters that …". */
final class Addressees {
  private Addressees() {}

  /** "told Anadolu Agency": the object of an addressee verb; "speaking to X" is handled by the caller. */
  static SourceFinder.Range of(TokenView v, int cue, int limit) {
    if (!CueLexicon.ADDRESSEE.contains(v.lemma(cue)) || cue + 1 >= limit) {
      return null;
    }
    int s = cue + 1;
    if ("to".equals(v.lower(s))) {
      s++;
    }
    // "former Gov. X"; after "told" also "local radio station CBN", "cheering supporters" (not "promised lower taxes")
    boolean tell = "tell".equals(v.lemma(cue));
    boolean titled = s + 1 < limit && (v.pos(s).startsWith("JJ") || tell && "VBG".equals(v.pos(s)))
        && v.pos(s + 1).startsWith(tell ? "NN" : "NNP");
    if (s >= limit || !(v.pos(s).startsWith("NNP") || v.pos(s).startsWith("PRP") || v.pos(s).startsWith("NN")
        || v.pos(s).startsWith("DT") || titled)) {
      return null;
    }
    int e = s;
    while (e < limit && !(e > s && when(v, e))
        && (v.pos(e).startsWith("NN") || (v.pos(e).startsWith("DT") || "PRP$".equals(v.pos(e))) && e == s
        || v.pos(e).startsWith("JJ") || titled && e == s
        || "PRP".equals(v.pos(e)) && e == s || "POS".equals(v.pos(e))
        || "HYPH".equals(v.pos(e)) && e > s && e + 1 < limit && v.pos(e + 1).startsWith("NN"))) {
      e++;
      if ("PRP".equals(v.pos(e - 1))) {
        break; // "told them Clinton …": a pronoun is the whole listener
      }
    }
    if (e + 1 < limit && e > s && "of".equals(v.lower(e)) && v.pos(e + 1).startsWith("NNP")
        && v.pos(e - 1).startsWith("NNP")) {
      e += 2; // "The Star-Ledger of Newark"
      while (e < limit && v.pos(e).startsWith("NNP")) {
        e++;
      }
    }
    while (e > s && !(v.pos(e - 1).startsWith("NN") || "PRP".equals(v.pos(e - 1)))) {
      e--;
    }
    if ("PRP$".equals(v.pos(s)) && e < limit && v.isFinite(e)) {
      return null; // "promised her whole program would be paid for": the subject of the content, not a listener
    }
    if ("PRP".equals(v.pos(s)) && SUBJECT_PRONOUNS.contains(v.lower(s)) && e < limit && v.isFinite(e)) {
      return null; // "warning it could bankrupt the fund": the content's subject
    }
    if (!tell && e > s && e < limit && (v.isFinite(e) || "MD".equals(v.pos(e))) && !v.pos(e - 1).startsWith("PRP")) {
      return null; // "warned the bank could go further": the content's subject
    }
    return e > s && !TOLD.contains(v.lower(e - 1)) ? new SourceFinder.Range(s, e) : null;
  }

  /** "told investors last month", "told reporters Monday": the time after the listener is not the listener. */
  private static boolean when(TokenView v, int e) {
    boolean named = v.pos(e).startsWith("NNP") && (v.in(e + 1) && v.pos(e + 1).startsWith("NNP")
        || v.pos(e - 1).startsWith("NNP")); // "the Sunday Times", "USA TODAY"
    return Modifiers.isRelativeTime(v, e) || Modifiers.isTimeWord(v.lower(e)) && !"time".equals(v.lower(e)) && !named;
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "i", "he", "she", "we", "they", "you");

  /**
   * Whether a narrative ("a joke", "a slightly different tale", not "the truth") opens at {@code s}: what a verb of
   * telling tells, its content.
   */
  static boolean narrativeAt(TokenView v, int s) {
    for (int k = s; v.in(k) && k < s + 6; k++) {
      String p = v.pos(k);
      if (p.startsWith("NN")) {
        return TOLD.contains(v.lower(k)) && !"truth".equals(v.lower(k));
      }
      if (!p.startsWith("DT") && !p.startsWith("JJ") && !"PRP$".equals(p) && !"CD".equals(p)
          && !("RB".equals(p) && v.lower(k).endsWith("ly"))) {
        return false;
      }
    }
    return false;
  }

  /** What is told, not who is told: "told the story of …", "tells jokes". */
  private static final Set<String> TOLD = Set.of(
      "story", "stories", "tale", "tales", "joke", "jokes", "truth", "lie", "lies", "anecdote", "anecdotes");
}

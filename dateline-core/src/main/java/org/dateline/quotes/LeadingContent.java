package org.dateline.quotes;

import java.util.Set;
import org.dateline.nlp.Datelines;

/** Content that stands before its attribution: {@code A, X said} and {@code A, X said, B}. */
final class LeadingContent {
  private LeadingContent() {}

  /** Content before the attribution: from the clause start to the comma at {@code comma}. */
  static Attribution clause(TokenView v, Attribution at, int lim, int comma, boolean[] used) {
    int s = Datelines.end(v.tokens, lim, comma);
    while (s < comma && (v.pos(s).startsWith("CC") || v.isPunct(s) && !v.isMark(s)
        || v.pos(s).startsWith("RB") && s + 1 < comma && ",".equals(v.word(s + 1)))) {
      s++; // "But", "Meanwhile,", "However,": the writer's connectives
    }
    s = afterLoneDash(v, s, comma);
    if (comma - s >= 2) {
      IndirectSpeech.add(v, at, s, comma, used);
    }
    return at.content.isEmpty() ? null : at;
  }

  /**
   * After the one dash in {@code [s, e)} when a pronoun and its verb follow it ("not whether he quits — that won't
   * happen, they believe"), else {@code s}.
   */
  private static int afterLoneDash(TokenView v, int s, int e) {
    int last = -1;
    int dashes = 0;
    for (int k = s; k < e; k++) {
      if (Closings.isDashLike(v, k)) {
        dashes++;
        last = k;
      }
    }
    if (dashes != 1 || e - last <= 2 || !DASH_SUBJECTS.contains(v.lower(last + 1))) {
      return s;
    }
    String p = v.pos(last + 2);
    return "MD".equals(p) || "VBZ".equals(p) || "VBD".equals(p) || "VBP".equals(p) ? last + 1 : s;
  }

  private static final Set<String> DASH_SUBJECTS = Set.of("it", "that", "this", "he", "she", "they", "we", "i");

  /**
   * The part of a sentence before an interrupting attribution ({@code A, she said, B}): from the sentence start,
   * connectives included, or from a relative pronoun after the last comma ({@code …, which, he believes, will …}).
   */
  static void interrupted(TokenView v, Attribution at, int lim, int comma, boolean[] used) {
    int s = Datelines.end(v.tokens, lim, comma);
    for (int k = comma - 1; k > s; k--) {
      if (",".equals(v.word(k - 1)) && RELATIVES.contains(v.lower(k))) {
        s = k;
        break;
      }
    }
    while (s < comma && (v.isPunct(s) && !v.isMark(s) || v.pos(s).startsWith("CC"))) {
      s++; // "But", "And yet": the writer's connectives; adverbs ("Instead", "Now") are the source's
    }
    IndirectSpeech.add(v, at, s, comma, used, 1);
  }

  private static final Set<String> RELATIVES = Set.of("which", "who");

  /**
   * 'A downturn, he said, "could be a good time …"': an attribution set between the sentence's opening words and a
   * quote that goes on with them (lower case) makes those words content too. A capitalised quote stands alone
   * ('In an interview, Lee said, "I …"').
   */
  static void beforeQuote(TokenView v, Attribution at, int a) {
    int s = at.sourceStart;
    int lim = v.sentenceStart(a);
    if (s - 1 <= lim || s >= a || at.cueEnd > a || !",".equals(v.word(s - 1))) {
      return;
    }
    int first = lim;
    while (first < s && (v.isPunct(first) || v.pos(first).startsWith("CC"))) {
      first++;
    }
    String p = first < s ? v.pos(first) : "";
    if (p.startsWith("RB") || "TO".equals(p) || "IN".equals(p) && !opensClause(v.lower(first))
        || "VBN".equals(p) || "VBG".equals(p) && first + 1 < s && v.pos(first + 1).matches("IN|TO|RP")
        // "Asked about the delay, …", "Speaking in Geneva, …": the writer's; not a gerund subject "Evaluating the …"
        || Modifiers.isTimeWord(v.lower(s - 2)) || "IN".equals(v.pos(s - 2)) || "VBG".equals(v.pos(s - 2))) {
      return; // "In his tribute, …", "Still, …", "Minutes later, …": the writer's framing, not the speaker's words
    }
    for (int i = lim; i < s; i++) {
      if (v.quoteOf(i) >= 0 || CueLexicon.isAccordingTo(v, i)) {
        return;
      }
    }
    interrupted(v, at, lim, s - 1, new boolean[v.size()]);
  }

  /** A subordinator or "whether": the words before the attribution are a clause of the quote's. */
  private static boolean opensClause(String w) {
    return Vocabulary.SUBORDINATORS.contains(w) || "whether".equals(w);
  }
}

package org.dateline.quotes;

import java.util.Set;

/**
 * The verb of a headline that the tagger read as a noun: title case and dropped articles hide it ("Hillary Clinton
 * Slams/NNP Donald Trump On Abortion", "Super PAC blasts/NNS Trump"). A word after the headline's opening noun
 * phrase whose stem is a cue verb, followed by more words, is retagged as a present tense with that stem as lemma.
 */
final class HeadlineVerbs {
  private HeadlineVerbs() {}

  /**
   * Longer first paragraphs are ledes, not headlines. Wider than {@link Headlines#isHeadline}'s 20: a long headline's
   * verb is still worth the tag, though its content is then read by the sentence rules.
   */
  private static final int MAX_TOKENS = 30;
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD");
  /** Words that end like a third-person verb but head a subject: "Reports Show", "News Says". */
  private static final Set<String> SUBJECT_NOUNS = Set.of("news", "reports", "records", "documents", "polls");

  /**
   * Retags the verb of the document's first paragraph when it is a headline: at most {@value #MAX_TOKENS} tokens
   * before the first paragraph break. {@code lemma} holds lower-cased lemmas and is updated with {@code pos}.
   */
  static void retag(int[] paragraph, String[] lower, String[] pos, String[] lemma) {
    int n = 0;
    while (n < paragraph.length && paragraph[n] == 0) {
      n++;
    }
    if (n > MAX_TOKENS || n == paragraph.length) {
      return;
    }
    closing(n, lower, pos, lemma);
    for (int i = 1; i + 1 < n; i++) {
      if (pos[i].startsWith("VB") || "MD".equals(pos[i])) {
        if (i == 1 && "JJ".equals(pos[0]) && "VBZ".equals(pos[1])) {
          pos[0] = "NNP"; // "Republican/JJ seeks new inquiry": the adjective is the headline's subject
        }
        if (passive(i, n, lower, pos, lemma)) {
          pos[i] = "JJ"; // "Minister accused of taking bribes": a headline's past participle reports no act
        }
        return; // the tagger found the verb itself
      }
      if (!NOUN_PHRASE_TAGS.contains(pos[i - 1]) && !(i == 1 && "DT".equals(pos[0]))) {
        return; // the opening phrase is no plain noun phrase
      }
      String stem = stem(lower[i], plural(lower[i - 1], pos[i - 1]));
      if (stem != null && pos[i].startsWith("NN") && continues(pos[i + 1])) {
        pos[i] = "VBZ";
        lemma[i] = stem;
        coordinated(i + 2, n, lower, pos, lemma);
        return;
      }
    }
  }

  /**
   * A past form right after the opening noun phrase and before a preposition or the end: headlines write the active
   * voice in the present, so "Ambassador recalled after spying row" is a passive; not before "that" ("Obama warned
   * that …"), and before "to" only for a verb whose object is told to act ("Mayor urged to resign", not "Trump
   * vowed to fight"), and never before a finite verb of its own clause.
   */
  private static boolean passive(int i, int n, String[] lower, String[] pos, String[] lemma) {
    if (!("VBD".equals(pos[i]) || "VBN".equals(pos[i])) || i + 1 >= pos.length) {
      return false;
    }
    for (int k = i + 1; k < n; k++) {
      if (Retags.isFinite(pos[k])) {
        return false; // "Ana Ruiz said on Friday she would …": a lede's clause follows, not a headline's phrase
      }
    }
    if (!NOUN_PHRASE_TAGS.contains(pos[i - 1]) && !(i == 1 && "DT".equals(pos[0]))) {
      return false; // the caller's loop checked the words before this one
    }
    String next = pos[i + 1];
    boolean told = CueLexicon.ADDRESSEE.contains(lemma[i]) || TOLD_TO.contains(lemma[i]);
    return ("IN".equals(next) || "TO".equals(next) && told || ".".equals(next)) && !"that".equals(lower[i + 1]);
  }

  private static final Set<String> TOLD_TO = Set.of("order", "encourage", "force", "press", "invite", "allow");

  /**
   * A second verb after "and": "Backs Trump And Denounces Clinton". Not after a comma, where the inverted "…, Says
   * X" would read the words after the verb as the speaker.
   */
  private static void coordinated(int from, int n, String[] lower, String[] pos, String[] lemma) {
    for (int j = from; j + 2 < n; j++) {
      String stem = "and".equals(lower[j]) && pos[j + 1].startsWith("NN")
          ? stem(lower[j + 1], pos[j]) : null;
      if (stem != null && continues(pos[j + 2])) {
        pos[j + 1] = "VBZ";
        lemma[j + 1] = stem;
        return;
      }
    }
  }

  /**
   * A verb of saying closing the headline after a comma and its speaker: "Records must be released, federal judge
   * rules/NNS."
   */
  private static void closing(int n, String[] lower, String[] pos, String[] lemma) {
    int last = n - 1;
    while (last > 0 && (".".equals(pos[last]) || ":".equals(pos[last]))) {
      last--;
    }
    if (last < 3 || !pos[last].startsWith("NN") || !NOUN_PHRASE_TAGS.contains(pos[last - 1])) {
      return;
    }
    int k = last - 1;
    while (k > 0 && (NOUN_PHRASE_TAGS.contains(pos[k]) || "DT".equals(pos[k]))) {
      k--;
    }
    String stem = stem(lower[last], "NN");
    if (",".equals(lower[k]) && k < last - 1 && stem != null && CueLexicon.isSpeech(stem)) {
      pos[last] = "VBZ";
      lemma[last] = stem;
    }
  }

  /** "skywriters/NNP": a plural noun by its ending when the tagger called it a name. */
  private static String plural(String w, String tag) {
    return tag.startsWith("NN") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? "NNS" : tag;
  }

  /** The cue lemma of a headline verb form: "slams" -> "slam", "praises" -> "praise", "blast" after a plural. */
  private static String stem(String w, String before) {
    if (SUBJECT_NOUNS.contains(w)) {
      return null;
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      String[] candidates = {w.substring(0, w.length() - 1), w.substring(0, w.length() - 2),
          w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : ""};
      for (String c : candidates) {
        if (isCue(c)) {
          return c;
        }
      }
      return null;
    }
    return ("NNS".equals(before) || "NNPS".equals(before)) && isCue(w) ? w : null; // "skywriters blast Trump"
  }

  private static boolean isCue(String lemma) {
    return CueLexicon.isSpeech(lemma) || CueLexicon.isStance(lemma) || CueLexicon.takesObject(lemma)
        || CueLexicon.hasPhrasal(lemma);
  }

  /** The verb has words after it, not the headline's last word or a clause break. */
  private static boolean continues(String next) {
    return !next.startsWith("VB") && !"MD".equals(next) && !",".equals(next) && !".".equals(next)
        && !":".equals(next) && !"POS".equals(next);
  }
}

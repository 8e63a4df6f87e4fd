package org.dateline.quotes;

import java.util.Set;

/**
 * A speaker named before a comma and an appositive: "Huma Abedin, vice chairwoman for the campaign, said", "One
 * attendee, who spoke on condition of anonymity, said", "Mona Lamberson, 59, of North Philadelphia, said".
 */
final class AppositiveSpeakers {
  private AppositiveSpeakers() {}

  private static final int LONG_RELATIVE = 40;
  private static final Set<String> APPOSITIVE_ADVERBS = Set.of("also", "now", "then", "once", "himself", "herself");

  /**
   * "Huma Abedin, vice chairwoman for the campaign, said": the name, the appositive and its closing comma. The
   * comma may close a quoted title, with {@code comma} at the title's closing mark: "Ann Lee, the author of "Harbor
   * Lights," said".
   */
  static SourceFinder.Range left(TokenView v, int comma, int limit) {
    int open = comma - 1;
    if (v.isMark(comma)) {
      int title = ",".equals(v.word(comma - 1)) ? v.quotedStart(comma, limit) : -1;
      if (title < 0) {
        return null;
      }
      open = title - 1;
    }
    int plain = openingComma(v, open, comma, limit, false);
    int joined = openingComma(v, open, comma, limit, true); // "Trump, speaking in Wilmington, N.C., said"
    SourceFinder.Range r = joined != plain && joined >= limit && !framed(v, joined, comma)
        ? fromOpen(v, joined, comma, limit) : null;
    return r != null ? r : fromOpen(v, plain, comma, limit);
  }

  /** The speaker before the appositive between the commas at {@code open} and {@code comma}, or null. */
  private static SourceFinder.Range fromOpen(TokenView v, int open, int comma, int limit) {
    if (open <= limit || !",".equals(v.word(open)) || open + 1 >= comma
        || comma - open >= 25 && (!isRelative(v, open + 1) || "VBG".equals(v.pos(comma + 1)))) {
      return null; // only a relative clause runs long, before a finite cue: "Dr. Lee, who as a … admiral, said"
    }
    SourceFinder.Range withAge = aged(v, open, comma, limit);
    if (withAge != null) {
      return withAge;
    }
    int lead = open + 1 < comma - 1 && APPOSITIVE_ADVERBS.contains(v.lower(open + 1)) ? 1 : 0; // ", also a …,"
    String first = v.pos(open + 1 + lead);
    boolean participle = "VBG".equals(first) || "VBN".equals(first); // ", speaking on condition of anonymity,"
    boolean group = "both".equals(v.lower(open + 1 + lead)) || "all".equals(v.lower(open + 1 + lead)); // ", both …,"
    boolean appositive = first.startsWith("DT") || first.startsWith("NN") || first.startsWith("JJ") || group
        || first.startsWith("CD") || first.startsWith("PRP$") || isRelative(v, open + 1) || participle
        || ("of".equals(v.lower(open + 1)) || "from".equals(v.lower(open + 1))) && open + 2 < comma
        && "NNP".equals(v.pos(open + 2)); // "Johnnie Wilson, of Springfield, Va., said": where the speaker lives
    boolean asked = Appositives.asked(v, open + 1, comma); // ", asked whether she had the votes,"
    for (int i = open + 1; i < comma && !asked && !isRelative(v, open + 1) && !isRelative(v, i); i++) {
      String p = v.pos(i); // up to a relative clause: "a registered Republican who spoke on condition of …"
      if (v.quoteOf(i) < 0 && ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p))) {
        return null; // a clause, not an appositive: "Earlier, Trump called for X, saying"
      }
    }
    SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, open - 1, limit);
    if (head == null && open - limit <= 3 && isName(v, open + 1, comma)) {
      return new SourceFinder.Range(open + 1, comma); // "And a third, Daniel Traynor, said": the name is the source
    }
    boolean person = head != null
        && SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(head.end() - 1)));
    String rel = v.lower(open + 1); // "One attendee, who spoke on condition of anonymity,", "The company, which …,"
    boolean who = ("who".equals(rel) || "whose".equals(rel) || "which".equals(rel) && ",".equals(v.word(comma)))
        && head != null && v.pos(head.end() - 1).startsWith("NN");
    boolean named = head != null && (NpTokens.hasProperNoun(v, head) // not "a comeback, handing it to Texans,":
        || !acting(v, open + 1 + lead) && NpTokens.hasProperNoun(v, new SourceFinder.Range(open + 1, comma)));
    if (unbalanced(v, open + 1, comma)) {
      return null; // "(top aide Ann Lee, who called it "a farce"),": the bracket ends elsewhere
    }
    if (!appositive || head == null || Modifiers.isTimeWord(v.lower(head.end() - 1))
        || !named && !(participle && person) && !who) {
      return null;
    }
    return new SourceFinder.Range(head.start(), comma + 1);
  }

  /**
   * The comma that opens the appositive closed at {@code comma}, scanning left from {@code open} over quoted titles
   * and, with {@code join}, over the comma of a city and its state; below {@code limit} or at a stop when none.
   */
  private static int openingComma(TokenView v, int open, int comma, int limit, boolean join) {
    while (open >= limit && (!",".equals(v.word(open))
        || join && (Places.joinsState(v, open) || Places.closesState(v, open)))
        && comma - open < LONG_RELATIVE) {
      int title = v.isMark(open) ? v.quotedStart(open, limit) : -1;
      if (v.isMark(open) && title < 0) {
        break;
      }
      open = title >= 0 ? title - 1 : open - 1; // "the co-author of "Going Viral," about …,"
    }
    return open;
  }

  /** A dash or bracket between the commas: a dateline or aside, so the state's comma was the appositive's own. */
  private static boolean framed(TokenView v, int open, int comma) {
    for (int i = open + 1; i < comma; i++) {
      if (Appositives.isDash(v, i) || "(".equals(v.word(i)) || "-LRB-".equals(v.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** A present participle that acts ("handing"), not one that lists ("including"). */
  private static boolean acting(TokenView v, int i) {
    return "VBG".equals(v.pos(i)) && !"including".equals(v.lower(i));
  }

  private static boolean unbalanced(TokenView v, int from, int to) {
    int depth = 0;
    for (int i = from; i < to && depth >= 0; i++) {
      String w = v.word(i);
      depth += "(".equals(w) || "-LRB-".equals(w) ? 1 : ")".equals(w) || "-RRB-".equals(w) ? -1 : 0;
    }
    return depth != 0;
  }

  private static boolean isName(TokenView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!"NNP".equals(v.pos(i))) {
        return false;
      }
    }
    return to - from >= 2;
  }

  private static boolean isRelative(TokenView v, int i) {
    return SourceFinder.RELATIVES.contains(v.lower(i)) || "whose".equals(v.lower(i));
  }

  /** "Sarandon, 69," and "Mona Lamberson, 59, of North Philadelphia,": the name with its age and home town. */
  private static SourceFinder.Range aged(TokenView v, int open, int comma, int limit) {
    int age = open + 1;
    if ("of".equals(v.lower(open + 1)) || "from".equals(v.lower(open + 1))) {
      age = open - 1;
      if (age - 1 <= limit || !",".equals(v.word(age - 1))) {
        return null;
      }
      open = age - 1;
    } else if (comma - open != 2) {
      return null;
    }
    if (!"CD".equals(v.pos(age))) {
      return null;
    }
    SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, open - 1, limit);
    return head != null && NpTokens.hasProperNoun(v, head) ? new SourceFinder.Range(head.start(), comma + 1) : null;
  }
}

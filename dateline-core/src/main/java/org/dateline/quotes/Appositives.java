package org.dateline.quotes;

import java.util.Set;

/**
 * Speakers followed by several comma-delimited segments before their cue: appositives ("Mark Holden, chairman of X,
 * the group's funding arm, said"), an age next to an appositive ("Lance Beebe, 49, a Navy veteran, said"), relative
 * clauses ("Ann Lee, a lawyer who has sued the city, said") and, next to the cue, adjuncts that belong to neither
 * source nor cue ("Tad Devine, in a statement, said": the source ends before the adjunct, as PolNeAR marks it).
 */
final class Appositives {
  private Appositives() {}

  private static final int MAX_SEGMENT = 40;
  private static final Set<String> ORIGIN = Set.of("of", "from");
  private static final Set<String> COMPANIONS = Set.of("along", "together", "including");
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "while", "as", "after", "because", "when", "if", "though", "although", "since", "but", "and", "so");

  private enum Kind { APPOSITIVE, AGE, RELATIVE, ADJUNCT, OTHER }

  /**
   * The subject ending at delimiter {@code close} (the comma or dash just before the cue), or null when the words
   * before it are not a speaker with at least two segments or an adjunct; single appositives are
   * {@link SourceFinder}'s.
   */
  static SourceFinder.Range chain(TokenView v, int close, int limit) {
    int end = close + (",".equals(v.word(close)) ? 1 : 0);
    boolean adjunctsOnly = true;
    int segments = 0;
    boolean named = false;
    boolean relative = false; // one segment will do: "a lawyer who has sued the city", "along with her aide"
    boolean substantive = false; // more than an age and a home town: "Mona Lake, 59, of Leeds," is Mona Lake's
    boolean framed = false; // a noun phrase between dashes: one will do, and the head need not name anyone
    boolean listed = false; // "Critics, including two senators,": the members name who speaks
    SourceFinder.Range best = null;
    for (int c = close; ; ) {
      int open = c - 1;
      boolean dashes = isDash(v, c); // a segment between dashes may hold commas: "— including Jews, Muslims —"
      while (open > limit && !(dashes ? isDash(v, open) : isDelimiter(v, open)) && !v.isMark(open)
          && c - open < MAX_SEGMENT) {
        open--;
      }
      if (open <= limit || !isDelimiter(v, open) || open + 1 >= c || isDash(v, open) != isDash(v, c)) {
        break;
      }
      if (c != close && Connectives.isAside(v, open + 1, c)) { // "Sanders, meanwhile, who sits …, said": the name
        SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, open - 1, limit);
        boolean name = head != null && opensClause(v, head.start(), limit) && NpTokens.hasProperNoun(v, head);
        return name ? head : best;
      }
      boolean dashed = isDash(v, c);
      Kind kind = dashed ? dashKind(v, open + 1, c) : kind(v, open + 1, c);
      if (kind == Kind.OTHER || kind == Kind.ADJUNCT && !adjunctsOnly) {
        break;
      }
      if (kind == Kind.ADJUNCT) {
        end = open;
      } else {
        if (dashed && c == close) {
          end = close + 1; // "Many residents — including teachers —": the dashes frame part of the source
        }
        adjunctsOnly = false;
        framed |= dashed;
        segments++;
        named |= NpTokens.hasProperNoun(v, new SourceFinder.Range(open + 1, c));
        listed |= COMPANIONS.contains(v.lower(open + 1));
        relative |= kind == Kind.RELATIVE && !"who".equals(v.lower(open + 1)) || listed;
        substantive |= kind != Kind.AGE && !ORIGIN.contains(v.lower(open + 1));
      }
      int city = Places.cityComma(v, open); // "officials at his house in Chappaqua, N.Y., speaking …,"
      SourceFinder.Range head = SourceFinder.nounPhraseLeft(v, (city > limit ? city : open) - 1, limit);
      if (head != null && opensClause(v, head.start(), limit) && !isTimePhrase(v, head)
          && (named || framed || listed || NpTokens.hasProperNoun(v, head) || isRole(v, head)
          || adjunctsOnly && v.pos(head.end() - 1).startsWith("NN")) // "The ministry, in a statement, said"
          && ((segments >= 2 || relative || framed) && substantive || end == open && end > head.start()
          || kind != Kind.RELATIVE && segments == 1 && end < close && end == c // "Rubio, R-Fla., appearing on …,"
          && !Places.joinsState(v, head.start() - 1))) { // not "In Alexandria, Va., Lazar, in a jumpsuit, said"
        best = new SourceFinder.Range(head.start(), Math.max(end, head.end()));
      }
      c = open;
    }
    return best;
  }

  /** ", asked whether she had the votes,", ", when asked what he meant,": the question may hold its own verb. */
  static boolean asked(TokenView v, int s, int e) {
    int a = WHEN.contains(v.lower(s)) ? s + 1 : s;
    return a + 1 < e && "asked".equals(v.lower(a))
        && ("IN".equals(v.pos(a + 1)) || v.pos(a + 1).startsWith("W"));
  }

  private static Kind kind(TokenView v, int s, int e) {
    String first = v.pos(s);
    String w = v.lower(s);
    if (e - s == 1 && "CD".equals(first)) {
      return Kind.AGE;
    }
    if ("who".equals(w) || "which".equals(w) || "whose".equals(w) || "where".equals(w)) {
      return Kind.RELATIVE;
    }
    if (ADJECTIVAL_PARTICIPLES.contains(w) && s + 1 < e) {
      return kind(v, s + 1, e); // "acting political director of the group"
    }
    if (COMPANIONS.contains(w)) {
      return Kind.APPOSITIVE; // "along with her lawyer", "including two senators"
    }
    if (("VBD".equals(first) && s + 1 < e && "IN".equals(v.pos(s + 1)) && !"that".equals(v.lower(s + 1))
        || WHEN.contains(w) && s + 1 < e && v.pos(s + 1).startsWith("VB"))
        && !ContentEnds.finiteBetween(v, s + 1, e) || asked(v, s, e)) {
      return Kind.ADJUNCT; // ", asked/VBD about the poll,", ", when asked about it,": a participle, however tagged
    }
    if ("VBG".equals(first) || "VBN".equals(first) || "RB".equals(first) && s + 1 < e
        && ("VBG".equals(v.pos(s + 1)) || "IN".equals(v.pos(s + 1))) || "IN".equals(first) && !ORIGIN.contains(w)) {
      return Kind.ADJUNCT; // "speaking on condition of anonymity", "also campaigning in Ohio", "in a statement"
    }
    boolean np = first.startsWith("DT") || first.startsWith("NN") || first.startsWith("JJ") || "CD".equals(first)
        || "PRP$".equals(first) || ORIGIN.contains(w) || COMPANIONS.contains(w) || GROUP.contains(w)
        || "and".equals(w) && s + 1 < e && v.pos(s + 1).startsWith("NNP");
    if (!np) {
      return Kind.OTHER;
    }
    for (int i = s; i < e; i++) {
      String p = v.pos(i);
      if ("who".equals(v.lower(i)) || "WDT".equals(p) || "WP".equals(p) || "WP$".equals(p)) {
        return Kind.RELATIVE; // "a lawyer who has sued the city": the rest is the relative clause
      }
      if (v.isFinite(i)) {
        return Kind.OTHER;
      }
    }
    return Kind.APPOSITIVE;
  }

  /**
   * A segment between dashes: a noun phrase or an added group ("— a teacher from Leeds —", "— and some Republicans
   * —", "— including two senators —") belongs to the source; a relative clause, participle or adverbial is an
   * adjunct.
   */
  private static Kind dashKind(TokenView v, int s, int e) {
    String w = v.lower(s);
    int np = ADDING.contains(w) || COMPANIONS.contains(w) ? s + 1 : s;
    if (np >= e) {
      return Kind.OTHER;
    }
    String p = v.pos(np);
    boolean nominal = p.startsWith("DT") || p.startsWith("NN") || p.startsWith("JJ") || "CD".equals(p)
        || "PRP$".equals(p);
    for (int i = np; i < e && nominal; i++) {
      if (i > np && ("who".equals(v.lower(i)) || "WDT".equals(v.pos(i))) && ",".equals(v.word(i - 1))) {
        break; // "— John Lee, who lost in 2008 —": a name with its relative clause
      }
      nominal = !v.isFinite(i) && !"WP".equals(v.pos(i)) && !"WDT".equals(v.pos(i));
    }
    return nominal ? Kind.APPOSITIVE : Kind.ADJUNCT;
  }

  private static final Set<String> WHEN = Set.of("when", "while", "after", "before", "if", "once", "though");
  private static final Set<String> GROUP = Set.of("both", "all", "each"); // ", both up for reelection,"
  private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of(
      "acting", "outgoing", "incoming", "founding", "managing", "leading", "ranking", "presiding", "sitting",
      "retiring", "governing", "ruling", "reigning", "longtime", "visiting");
  private static final Set<String> ADDING = Set.of("and", "or", "especially", "notably", "not");

  private static boolean opensClause(TokenView v, int start, int limit) {
    if (start == limit) {
      return true;
    }
    String prev = v.lower(start - 1);
    return ",".equals(prev) || CLAUSE_OPENERS.contains(prev) || v.isMark(start - 1) || ":".equals(prev)
        || isDash(v, start - 1) || "even".equals(prev) && opensClause(v, start - 1, limit); // "Even X, like Y, say"
  }

  /** "Last week", "this month": a head that is only a time phrase ("numerous voters … this week" is not). */
  private static boolean isTimePhrase(TokenView v, SourceFinder.Range head) {
    if (!Modifiers.isTimeWord(v.lower(head.end() - 1))) {
      return false;
    }
    for (int i = head.start(); i < head.end() - 1; i++) {
      if (!Modifiers.isTimeWord(v.lower(i)) && !v.pos(i).startsWith("DT") && !v.pos(i).startsWith("JJ")
          && !"CD".equals(v.pos(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRole(TokenView v, SourceFinder.Range head) {
    return SpeakerDescriptor.ROLES.contains(SpeakerDescriptor.singular(v.lower(head.end() - 1)));
  }

  private static boolean isDelimiter(TokenView v, int i) {
    return ",".equals(v.word(i)) && !Places.joinsState(v, i) || isDash(v, i);
  }

  /** An em or en dash, a double hyphen, or a horizontal bar ("―", U+2015, some sites' attribution dash). */
  static boolean isDash(TokenView v, int i) {
    String w = v.word(i);
    return "—".equals(w) || "–".equals(w) || "--".equals(w) || "―".equals(w);
  }
}

package org.dateline.quotes;

import java.util.Set;

/** What follows a speech noun between a cue and its content: "in an interview with The Post", "in a letter to …". */
final class Outlets {
  private Outlets() {}

  /** After a speech noun, the outlet or audience it names: "an interview with The Post", "an appearance on CBS". */
  static int end(TokenView v, int e, int end) {
    int dated = releasedWhen(v, e, end);
    if (dated > e) {
      return dated; // "said in a report released Friday that …"
    }
    if (e + 2 < end && "VBN".equals(v.pos(e)) && RELEASED.contains(v.lower(e)) && "by".equals(v.lower(e + 1))) {
      int k = e + 2 + ("DT".equals(v.pos(e + 2)) ? 1 : 0); // "in a statement released by the Trump campaign"
      int names = k;
      while (k < end && (v.pos(k).startsWith("NNP") || "POS".equals(v.pos(k)) && k > names
          || "NN".equals(v.pos(k)) && k > names)) {
        k++;
      }
      return k > names ? k : e;
    }
    if (e + 1 >= end || !OUTLET_LINKS.contains(v.lower(e))) {
      return e;
    }
    int k = e + 1;
    if ("DT".equals(v.pos(k))) {
      k++;
    }
    int names = k;
    if (k < end && "NN".equals(v.pos(k)) && Character.isUpperCase(v.word(k).charAt(0))) {
      return k + 1; // "in a post on X that …": a capitalised platform the tagger read as a common noun
    }
    while (k < end && ("NNP".equals(v.pos(k)) || "NNPS".equals(v.pos(k)) || "POS".equals(v.pos(k)) && k > names)) {
      k++;
    }
    return k > names ? k : audience(v, e + 1, end, e);
  }

  private static final Set<String> STAFF = Set.of("staff", "personnel", "membership", "congress", "parliament");

  /** Common nouns that name a medium or the press: "an interview with state television", "on local radio". */
  private static final Set<String> MEDIA = Set.of("television", "tv", "radio", "media", "reporters", "journalists",
      "newspaper", "newspapers", "broadcaster", "network", "channel", "station", "press", "outlet", "outlets",
      "website", "podcast");

  /**
   * "a letter to shareholders", "a note to its clients", "an interview with state television": common nouns after
   * the link at {@code k} (a plural or "staff" after "to", the press or a medium after "with" or "on"), else
   * {@code e}.
   */
  private static int audience(TokenView v, int k, int end, int e) {
    boolean to = "to".equals(v.lower(e));
    if (k < end && ("PRP$".equals(v.pos(k)) || "DT".equals(v.pos(k)))) {
      k++;
    }
    while (k < end && v.pos(k).startsWith("JJ")) {
      k++;
    }
    int nouns = k;
    while (k < end && ("NN".equals(v.pos(k)) || "NNS".equals(v.pos(k))) && Character.isLowerCase(v.word(k).charAt(0))) {
      k++;
    }
    boolean audience = "NNS".equals(v.pos(k - 1)) || STAFF.contains(v.lower(k - 1));
    return k > nouns && (to ? audience : MEDIA.contains(v.lower(k - 1))) ? k : e;
  }

  /** The end of "released Friday", "issued on Monday", "published last week" at {@code e}, else {@code e}. */
  private static int releasedWhen(TokenView v, int e, int end) {
    if (e + 1 >= end || !"VBN".equals(v.pos(e)) || !RELEASED.contains(v.lower(e))) {
      return e;
    }
    int k = e + 1 + ("on".equals(v.lower(e + 1)) ? 1 : 0);
    int t = k;
    while (k < end && (Modifiers.isTimeWord(v.lower(k)) || Modifiers.isDate(v, k))) {
      k++;
    }
    return k > t ? k : e;
  }

  private static final Set<String> RELEASED = Set.of("released", "issued", "posted", "provided", "sent", "distributed",
      "published");
  private static final Set<String> OUTLET_LINKS = Set.of("with", "on", "to");
}

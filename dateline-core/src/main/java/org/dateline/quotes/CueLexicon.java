package org.dateline.quotes;

import java.util.Set;

/**
 * Attribution cues by lemma. Compiled by hand for news English: reporting verbs introduce direct and reported
 * speech; stance verbs (believe, hope, want…) only reported content; addressee verbs take the listener as object.
 */
final class CueLexicon {
  private CueLexicon() {}

  /** Verbs of saying: they introduce quotes and reported speech. */
  static final Set<String> SPEECH = words(
      "say", "tell", "add", "note", "affirm", "warn", "urge", "insist", "claim", "argue", "explain", "write",
      "tweet", "announce", "report", "rule", "declare", "acknowledge", "admit", "ask", "reply", "respond", "continue",
      "stress", "emphasize", "emphasise", "state", "recall", "agree", "deny", "promise", "vow", "threaten",
      "predict", "complain", "concede", "observe", "remark", "comment", "confirm", "contend", "assert",
      "maintain", "allege", "charge", "testify", "joke", "quip", "caution", "counter", "retort", "reiterate",
      "repeat", "boast", "brag", "lament", "muse", "scoff", "shout", "yell", "post", "conclude", "reveal",
      "disclose", "suggest", "proclaim", "pledge", "mention", "tout", "opine", "concur", "question", "wonder",
      "point", "underscore", "highlight", "clarify", "acknowledge", "recount", "describe", "predict", "speculate",
      "estimate", "advise", "assure", "inform", "remind", "guarantee", "swear", "scream", "chant", "cry",
      "whisper", "sigh", "laugh", "pray", "blast", "rip", "slam", "accuse", "declare", "demand", "interject",
      "lambast", "recite", "rebut", "vent", "posit", "surmise", "marvel", "gush", "fume", "implore");

  /** Stance and evidence verbs: reported content only, never a direct quote on their own. */
  static final Set<String> STANCE = words(
      "believe", "think", "hope", "fear", "expect", "plan", "intend", "refuse", "decline",
      "criticize", "praise", "endorse", "support", "oppose", "reject", "dismiss", "defend", "condemn", "mock",
      "blame", "cite", "propose", "recommend", "applaud", "welcome", "seek", "favor", "prefer", "hail", "decry",
      "denounce", "feel", "worry", "doubt", "want", "wish", "hint", "signal",
      "show", "find", "indicate", "suspect", "conclude", "know", "realize", "recognize", "understand", "assume",
      "imply", "calculate", "reckon", "figure", "project", "forecast", "anticipate", "insinuate", "presume",
      "view", "consider", "regard", "deem", "discuss", "echo", "decide", "learn", "embrace", "bemoan", "assail",
      "downplay", "rebuke", "chide", "fault", "portray", "characterize", "label", "brand", "dub", "tout",
      "celebrate", "congratulate", "thank", "encourage", "challenge", "request", "address", "reference",
      "identify", "list", "release", "document", "outline", "detail", "see", "offer", "name", "order", "sign",
      "share", "quote", "answer", "retweet", "push", "nominate", "compare", "ignore", "target", "credit", "like",
      "love", "invoke", "unveil", "remember", "ridicule", "disagree", "articulate", "float", "envision", "extol",
      "commend", "belittle", "renounce", "savage", "scold", "taunt", "berate", "chastise", "admonish", "excoriate");

  /** Verbs whose object is the addressee: "told Anadolu Agency", "warned reporters that". */
  static final Set<String> ADDRESSEE = words(
      "tell", "inform", "assure", "remind", "warn", "urge", "ask", "brief", "promise", "advise", "caution", "email",
      "write", "text");

  /** Nouns naming a speech act ("in a statement"), skipped between a cue and its content. */
  static final Set<String> SPEECH_NOUNS = words(
      "statement", "interview", "speech", "tweet", "email", "e-mail", "release", "letter", "post", "op-ed",
      "conference", "call", "briefing", "appearance", "remarks", "message", "video", "rally", "debate", "town",
      "hall", "meeting", "report", "memo", "filing", "press", "news", "radio", "television", "broadcast",
      "telephone", "phone", "podcast", "event", "show", "address", "session", "hearing", "testimony", "book",
      "column", "editorial", "article", "blog", "facebook", "twitter", "program", "documentary", "note", "listing",
      "posting", "paper", "document", "ad", "advertisement", "commercial", "sermon", "lecture", "essay", "media");

  /** Verbs whose content may be a plain object: "called Trump a fascist", "criticized the plan". */
  static final Set<String> OBJECT = words(
      "call", "describe", "explain", "note", "criticize", "praise", "endorse", "support", "oppose", "reject",
      "dismiss", "defend", "condemn", "attack", "mock", "blame", "accuse", "cite", "propose", "announce", "reveal",
      "deny",
      "acknowledge", "show", "find", "want", "recommend", "question", "applaud", "slam", "blast", "welcome", "back",
      "admit", "predict", "demand", "promise", "ask", "repeat", "reiterate", "tweet", "write", "post", "report",
      "seek", "favor", "favour", "prefer", "affirm", "express", "stress", "emphasize", "underscore", "highlight",
      "hail", "decry", "denounce", "refer", "urge", "confirm", "estimate",
      "view", "consider", "regard", "deem", "discuss", "echo", "embrace", "bemoan", "assail", "downplay",
      "rebuke", "chide", "fault", "portray", "characterize", "label", "brand", "dub", "tout", "celebrate",
      "congratulate", "thank", "encourage", "challenge", "request", "address", "reference", "identify", "list",
      "release", "document", "outline", "detail", "decide", "learn", "see", "offer", "name", "order", "sign",
      "share", "quote", "answer", "retweet", "push", "nominate", "compare", "ignore", "target", "credit", "mention",
      "recount", "recall", "lament", "declare", "invoke", "unveil", "ridicule", "articulate", "float", "knock", "coin",
      "lambast", "promote", "recite", "rebut", "liken", "eviscerate", "reaffirm", "deride", "utter", "rebuff",
      "trumpet", "disparage", "trash", "disavow", "dispute", "contradict", "relish", "contemplate", "interpret",
      "preach", "expect", "extol", "savage", "excoriate", "berate", "chastise", "scold", "taunt", "admonish",
      "envision", "commend", "belittle", "renounce");

  /** Verbs taking a "to" infinitive as content: "wants to run", "vowed to fight". */
  private static final Set<String> INFINITIVE = words(
      "want", "hope", "expect", "promise", "vow", "plan", "pledge", "threaten", "urge", "ask", "wish", "seek",
      "intend", "refuse", "decline", "agree", "offer", "tell", "warn", "claim", "appear", "seem", "prefer",
      "need", "aim", "vote", "like", "love", "hate", "try", "choose", "decide", "demand", "encourage", "beg");

  /** Verb + preposition cues whose content is the prepositional object: "called for", "talked about". */
  private static final java.util.Map<String, Set<String>> PHRASAL = java.util.Map.ofEntries(
      java.util.Map.entry("talk", words("about", "up")), java.util.Map.entry("speak", words("about", "of", "out")),
      java.util.Map.entry("ask", words("about", "for")), java.util.Map.entry("call", words("for", "on", "upon", "out")),
      java.util.Map.entry("point", words("to", "out")), java.util.Map.entry("refer", words("to")),
      java.util.Map.entry("focus", words("on")), java.util.Map.entry("comment", words("on")),
      java.util.Map.entry("respond", words("to")), java.util.Map.entry("vote", words("for", "against")),
      java.util.Map.entry("rail", words("against")), java.util.Map.entry("agree", words("with")),
      java.util.Map.entry("warn", words("of", "about", "against")), java.util.Map.entry("lash", words("out")),
      java.util.Map.entry("write", words("about", "of")), java.util.Map.entry("complain", words("about", "of")),
      java.util.Map.entry("argue", words("for", "against", "over")), java.util.Map.entry("worry", words("about")),
      java.util.Map.entry("joke", words("about")), java.util.Map.entry("brag", words("about")),
      java.util.Map.entry("boast", words("about", "of")), java.util.Map.entry("advocate", words("for")),
      java.util.Map.entry("side", words("with")), java.util.Map.entry("weigh", words("in")),
      java.util.Map.entry("tweet", words("about", "out")), java.util.Map.entry("push", words("for")),
      java.util.Map.entry("campaign", words("for", "against", "on")), java.util.Map.entry("reply", words("to")),
      java.util.Map.entry("react", words("to")), java.util.Map.entry("think", words("about", "of")),
      java.util.Map.entry("wonder", words("about")), java.util.Map.entry("testify", words("about", "on")),
      java.util.Map.entry("criticize", words("for")), java.util.Map.entry("praise", words("for")),
      java.util.Map.entry("express", words("concern")), java.util.Map.entry("distance", words("from")),
      java.util.Map.entry("look", words("at", "for")), java.util.Map.entry("turn", words("on")),
      java.util.Map.entry("go", words("after")), java.util.Map.entry("single", words("out")),
      java.util.Map.entry("lay", words("out")), java.util.Map.entry("aim", words("at")),
      java.util.Map.entry("balk", words("at")), java.util.Map.entry("hint", words("at")),
      java.util.Map.entry("cry", words("out")), java.util.Map.entry("speculate", words("about", "on")),
      java.util.Map.entry("reflect", words("on")), java.util.Map.entry("insist", words("on")),
      java.util.Map.entry("elaborate", words("on")), java.util.Map.entry("object", words("to")),
      java.util.Map.entry("believe", words("in")), java.util.Map.entry("caution", words("against", "about")),
      java.util.Map.entry("apologize", words("for")), java.util.Map.entry("apologise", words("for")),
      java.util.Map.entry("disagree", words("with", "over", "on", "about")),
      java.util.Map.entry("allude", words("to")), java.util.Map.entry("spar", words("over", "on", "with", "about")),
      java.util.Map.entry("shrug", words("off")), java.util.Map.entry("blast", words("out")),
      java.util.Map.entry("double", words("down")), java.util.Map.entry("swipe", words("at")),
      java.util.Map.entry("brush", words("aside", "off")),
      java.util.Map.entry("sound", words("off")), java.util.Map.entry("pile", words("on")),
      java.util.Map.entry("vouch", words("for")), java.util.Map.entry("acquiesce", words("to", "in")),
      java.util.Map.entry("dwell", words("on")), java.util.Map.entry("pivot", words("to")),
      java.util.Map.entry("play", words("down")), java.util.Map.entry("touch", words("on")),
      java.util.Map.entry("sum", words("up")), java.util.Map.entry("fire", words("back")),
      java.util.Map.entry("shoot", words("back")), java.util.Map.entry("hit", words("back")),
      java.util.Map.entry("walk", words("back")));

  /** Whether {@code particle} completes the phrasal cue {@code lemma} ("called" + "for"). */
  static boolean isPhrasal(String lemma, String particle) {
    Set<String> p = PHRASAL.get(lemma);
    return p != null && p.contains(particle);
  }

  static boolean hasPhrasal(String lemma) {
    return PHRASAL.containsKey(lemma);
  }

  static boolean takesObject(String lemma) {
    return OBJECT.contains(lemma);
  }

  static boolean takesInfinitive(String lemma) {
    return INFINITIVE.contains(lemma);
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words)); // tolerant of repeats in the hand-written lists
  }

  static boolean isSpeech(String lemma) {
    return SPEECH.contains(lemma);
  }

  static boolean isStance(String lemma) {
    return STANCE.contains(lemma);
  }

  static boolean isCueVerb(TokenView v, int i) {
    String pos = v.pos(i);
    String lemma = v.lemma(i);
    return pos.startsWith("VB") && (isSpeech(lemma) || isStance(lemma)
        || (OBJECT.contains(lemma) || PHRASAL.containsKey(lemma)) && (!"VBN".equals(pos) || activeParticiple(v, i)))
        && !otherParticle(v, i, lemma) && !bareParticleVerb(v, i, lemma) && !idiom(v, i, lemma)
        && !CallSenses.reportsNothing(v, i, lemma) && !"regarding".equals(v.lower(i)) // a preposition, however tagged
        && !pairedAt(v, i) // "neither confirm nor deny": the second verb is the cue
        && !documentThenParticiple(v, i, lemma);
  }

  private static final Set<String> PUBLISHING = words("release", "post", "share", "publish", "put");

  /**
   * "released a statement calling the report biased": a verb that publishes a document whose participle reports;
   * the participle is the cue, and the verb with its object joins it, as in "issued a statement saying".
   */
  private static boolean documentThenParticiple(TokenView v, int i, String lemma) {
    if (!PUBLISHING.contains(lemma)) {
      return false;
    }
    int k = i + 1 + ("put".equals(lemma) && v.in(i + 1) && "out".equals(v.lower(i + 1)) ? 1 : 0);
    while (v.in(k) && k < i + 5 && ("DT".equals(v.pos(k)) || v.pos(k).startsWith("JJ") || "PRP$".equals(v.pos(k)))) {
      k++;
    }
    return v.in(k + 1) && Modifiers.isSpeechNoun(v, k) && "VBG".equals(v.pos(k + 1)) && isCueVerb(v, k + 1);
  }

  /** The first verb of "neither X nor Y" / "either X or Y" at {@code i}. */
  static boolean pairedAt(TokenView v, int i) {
    if (i < 1 || !v.in(i + 2) || !v.pos(i).startsWith("VB") || !v.pos(i + 2).startsWith("VB")) {
      return false;
    }
    String before = v.lower(i - 1);
    String link = v.lower(i + 1);
    return "neither".equals(before) && "nor".equals(link) || "either".equals(before) && "or".equals(link);
  }

  /** A cue verb at {@code i} that is a verb of saying ("said", "told"), not of stance or of acting on an object. */
  static boolean isSpeechCue(TokenView v, int i) {
    return isCueVerb(v, i) && isSpeech(v.lemma(i));
  }

  private static final Set<String> REFLEXIVES = words(
      "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "oneself");

  /**
   * "found himself in trouble", "found ways to", "saw fit to": find and see in idioms that report nothing; not
   * "sees himself as a reformer". Also "pledged delegates", an adjective however tagged.
   */
  private static boolean idiom(TokenView v, int i, String lemma) {
    if ("pledge".equals(lemma) && v.in(i + 1) && v.lower(i + 1).startsWith("delegate")) {
      return true; // "758 pledged delegates": a kind of delegate, not a pledge
    }
    if (RETORTS.contains(lemma)) { // "fired back at critics", "shot back that …"; not "Police fired back."
      return !v.in(i + 2) || !"back".equals(v.lower(i + 1)) || !RETORTED.contains(v.lower(i + 2));
    }
    if (!"find".equals(lemma) && !"see".equals(lemma) || !v.in(i + 1)) {
      return false;
    }
    int k = i + 1 + ("a".equals(v.lower(i + 1)) && v.in(i + 2) ? 1 : 0);
    String next = v.lower(i + 1);
    return REFLEXIVES.contains(next) && !(v.in(i + 2) && "as".equals(v.lower(i + 2)))
        || "fit".equals(next) || "way".equals(v.lower(k)) || "ways".equals(v.lower(k));
  }

  private static final Set<String> RETORTS = words("fire", "shoot", "hit");
  private static final Set<String> RETORTED = words("at", "on", "against", "that", ":");

  /** A verb that is a cue only with its particle: "doubled down on", "talked about". */
  static boolean phrasalOnly(String lemma) {
    return PHRASAL.containsKey(lemma) && !isSpeech(lemma) && !isStance(lemma) && !OBJECT.contains(lemma);
  }

  /** "these numbers could double": a {@link #phrasalOnly} verb without its particle. */
  private static boolean bareParticleVerb(TokenView v, int i, String lemma) {
    if (!phrasalOnly(lemma)) {
      return false;
    }
    int k = i + 1;
    while (v.in(k) && "RB".equals(v.pos(k)) && k < i + 3 && !isPhrasal(lemma, v.lower(k))) {
      k++; // "talked openly about"; the particle itself may be tagged RB ("fired back/RB at")
    }
    return !v.in(k) || !isPhrasal(lemma, v.lower(k));
  }

  /** "knocked/VBD out/RP", "turned/VBD out/RP": a particle that makes another verb than the cue. */
  private static boolean otherParticle(TokenView v, int i, String lemma) {
    return v.in(i + 1) && "RP".equals(v.pos(i + 1)) && !isPhrasal(lemma, v.lower(i + 1));
  }

  /**
   * A past participle in an active clause: "has called for", "Graham called" (tagged VBN), not "a plan called";
   * after a noun only with its own particle and nothing finite after it ("advocates called/VBN for his dismissal",
   * not the reduced relative "an ad aimed at" or "The union called for talks was small").
   */
  private static boolean activeParticiple(TokenView v, int i) {
    int k = i - 1;
    while (k >= 0 && v.pos(k).startsWith("RB")) {
      k--;
    }
    if (k < 0 || Subjects.finiteAfterAppositive(v, i) || CallSenses.namesTwice(v, i)) {
      return k >= 0;
    }
    String w = v.lower(k);
    return "has".equals(w) || "have".equals(w) || "had".equals(w) || "’ve".equals(w) || "'ve".equals(w)
        || "PRP".equals(v.pos(k)) || "NNP".equals(v.pos(k)) && (k == 0 || !v.pos(k - 1).startsWith("DT"))
        || afterNameParenthesis(v, k) || "and".equals(w) && coordinatedPast(v, k, i)
        || v.pos(k).startsWith("NN") && !phrasalOnly(v.lemma(i)) && v.in(i + 1)
        && isPhrasal(v.lemma(i), v.lower(i + 1))
        && !ContentEnds.finiteBetween(v, i + 1, v.sentenceEnd(i));
  }

  /**
   * "He called it "shameful" and called/VBN on leaders to …": the sentence's past or perfect tense before
   * {@code and} at {@code k}; not a passive ("… and backed by the mayor").
   */
  private static boolean coordinatedPast(TokenView v, int k, int i) {
    if (v.in(i + 1) && "by".equals(v.lower(i + 1))) {
      return false;
    }
    for (int j = k - 1, lim = v.sentenceStart(k); j >= lim; j--) {
      if ("VBD".equals(v.pos(j)) || "VBN".equals(v.pos(j)) && perfect(v, j, lim)) {
        return true;
      }
    }
    return false;
  }

  /** "has sharply criticized": "has", "have" or "had" within two tokens before the participle at {@code j}. */
  private static boolean perfect(TokenView v, int j, int lim) {
    for (int a = j - 1; a >= lim && a >= j - 2; a--) {
      String w = v.lower(a);
      if ("has".equals(w) || "have".equals(w) || "had".equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Sen. Bernie Sanders (I-Vt.) called/VBN on …": {@code k} closes a parenthesis after a name. */
  private static boolean afterNameParenthesis(TokenView v, int k) {
    if (!"-RRB-".equals(v.pos(k))) {
      return false;
    }
    int open = k - 1;
    while (open >= 0 && open > k - 8 && !"-LRB-".equals(v.pos(open))) {
      open--;
    }
    return open > 0 && "-LRB-".equals(v.pos(open)) && "NNP".equals(v.pos(open - 1));
  }

  /** "according to" starting at token {@code i}. */
  static boolean isAccordingTo(TokenView v, int i) {
    return "according".equals(v.lower(i)) && v.in(i + 1) && "to".equals(v.lower(i + 1));
  }
}

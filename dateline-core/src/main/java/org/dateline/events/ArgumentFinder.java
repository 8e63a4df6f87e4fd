package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.events.ActorResolver.Group;
import org.dateline.events.TriggerMatcher.Trigger;
import org.dateline.nlp.Token;

/**
 * Source and target actors of a trigger from word order alone. Verbs: the nearest group before the trigger
 * (or, for "X ... and VERB", the previous verb's source; for passives, the "by" phrase) and the first group after
 * it within the clause. Nouns: "X offensive", "offensive by X", then a group after against/on/with/at/to, or
 * "talks between X and Y". Stances: the first actor the statement is about.
 */
final class ArgumentFinder {
  /**
   * A source group and target group. {@code mutual}: the source is a list whose members act on each other
   * ("talks between X and Y"); verbs decide that from their code. {@code otherSubject}: the subject is a pronoun
   * or a name that is no actor, so neither an earlier actor nor the speaker may stand in for it.
   */
  record Args(Group source, Group target, boolean mutual, boolean otherSubject) {
    Args(Group source, Group target) {
      this(source, target, false, false);
    }
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", ",", "after", "before", "when", "because",
      "while", "since", "although", "though", "unless", "whereas", "until", "but", "--", "\"", "\u201c", "\u201d");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "across", "throughout", "within");
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("against", "on", "with", "at", "to", "toward",
      "towards", "between", "into", "upon", "for");
  private static final Set<String> FEELINGS = Set.of("concerned", "encouraged", "alarmed", "disappointed", "worried",
      "troubled", "angered", "outraged", "dismayed", "heartened", "pleased", "saddened", "shocked", "appalled",
      "frustrated", "disturbed", "satisfied", "delighted", "gratified", "reassured");
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "because", "while", "if",
      "although", "though", "unless", "whereas", "until", "whether");
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "i", "you");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");
  private static final int SOURCE_REACH = 20;
  private static final int TARGET_REACH = 15;

  private ArgumentFinder() {}

  static Args verb(List<Token> tokens, List<Group> groups, Trigger t, Group previousSource) {
    Group byAgent = passiveAgent(tokens, groups, t);
    if (byAgent != null) {
      boolean aux = auxiliary(tokens, t.start());
      Group patient = aux ? before(tokens, groups, t.start()) : adjacentBefore(groups, t.start());
      return new Args(byAgent, patient);
    }
    if (otherSubject(tokens, groups, t.start())) {
      return new Args(null, null, false, true);
    }
    Group source = coordinated(tokens, t.start()) && previousSource != null ? previousSource
        : before(tokens, groups, t.start());
    if (source == null) {
      return new Args(null, null);
    }
    return new Args(source, after(tokens, groups, t.end(), source));
  }

  static Args noun(List<Token> tokens, List<Group> groups, Trigger t) {
    Group source = null;
    for (Group g : groups) {
      if (g.end() == t.start() || (g.end() == t.start() - 1 && tokens.get(g.end()).pos().equals("POS"))) {
        source = g;
      }
      if (g.start() > t.end() && g.start() - t.end() <= 3 && source == null
          && words(tokens, t.end(), g.start()).matches("(by|from)( (the|a|an))?")) {
        source = g;
      }
    }
    Group target = null;
    for (Group g : groups) {
      if (g.start() <= t.end() || g == source || g.start() - t.end() > 8) {
        continue;
      }
      if (!broken(tokens, t.end(), g.start()) && NOUN_TARGET_PREPS.contains(lower(tokens.get(precedingWord(tokens, g.start()))))) {
        target = g;
        break;
      }
    }
    if (source == null && target != null && lower(tokens.get(precedingWord(tokens, target.start()))).equals("between")) {
      return new Args(target, null, true, false);
    }
    return new Args(source, target);
  }

  /** The first group the statement is about: not the speaker's own pronoun phrases. */
  static Group stanceTarget(List<Group> groups, List<String> speaker) {
    for (Group g : groups) {
      boolean own = g.members().stream().allMatch(p -> p.speaker() || p.agentOnly() || p.codes().equals(speaker));
      if (!own) {
        return g;
      }
    }
    return null;
  }

  /**
   * "was attacked by X", "a network funded by X": the by-phrase is the source. Not for feelings ("concerned by X",
   * "encouraged by X"), where the subject feels and the by-phrase is what the feeling is about.
   */
  private static Group passiveAgent(List<Token> tokens, List<Group> groups, Trigger t) {
    if (!tokens.get(t.start()).pos().equals("VBN") || FEELINGS.contains(lower(tokens.get(t.start())))) {
      return null;
    }
    for (Group g : groups) {
      if (g.start() > t.end() && g.start() - t.end() <= 4 && words(tokens, t.end(), g.start()).matches("(\\S+ )?by( the)?")) {
        return g;
      }
    }
    return null;
  }

  private static boolean auxiliary(List<Token> tokens, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (BE.contains(lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static Group adjacentBefore(List<Group> groups, int start) {
    for (Group g : groups) {
      if (g.end() == start) {
        return g;
      }
    }
    return null;
  }

  /**
   * "she supported", "Virginia would host", "an earthquake struck": a personal pronoun, a name that is no actor or a
   * common noun is the subject, so the nearest earlier actor is not.
   */
  private static boolean otherSubject(List<Token> tokens, List<Group> groups, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
      Token tok = tokens.get(k);
      String p = tok.pos();
      if (p.startsWith("RB") || p.equals("MD") || (p.startsWith("VB") && (BE.contains(lower(tok))
          || tok.lemma().equals("have") || tok.lemma().equals("do")))) {
        continue;
      }
      int at = k;
      boolean inGroup = groups.stream().anyMatch(g -> g.start() <= at && at < g.end());
      return PERSONAL.contains(lower(tok)) || (!inGroup && !tok.ner().equals("O") && p.startsWith("NNP"))
          || (!inGroup && (p.equals("NN") || p.equals("NNS")) && !ownedOrGoverned(tokens, groups, k));
    }
    return false;
  }

  /**
   * Whether the noun phrase ending at {@code noun} belongs to a group ("Russia's military", "Eriador's death and
   * injury toll") or follows a preposition ("in recent days"): then it is no actor-less subject.
   */
  private static boolean ownedOrGoverned(List<Token> tokens, List<Group> groups, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 6); k--) {
      int at = k;
      if (groups.stream().anyMatch(g -> g.start() <= at && at < g.end())) {
        return true;
      }
      String p = tokens.get(k).pos();
      if (p.equals("IN") || p.equals("TO")) {
        return true;
      }
      if (!p.startsWith("JJ") && !p.startsWith("NN") && !p.equals("POS") && !p.equals("CD") && !p.equals("CC")
          && !p.equals("DT")) {
        return false;
      }
    }
    return false;
  }

  /** "... and promised": the trigger shares the previous verb's subject. */
  private static boolean coordinated(List<Token> tokens, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      String p = tokens.get(k).pos();
      if (p.startsWith("RB") || p.equals("MD") || (p.startsWith("VB") && BE.contains(lower(tokens.get(k))))) {
        continue;
      }
      return lower(tokens.get(k)).equals("and");
    }
    return false;
  }

  /** The nearest group before the trigger in its clause (not across a subordinator such as "when"). */
  private static Group before(List<Token> tokens, List<Group> groups, int start) {
    Group best = null;
    for (Group g : groups) {
      if (g.end() <= start && start - g.end() <= SOURCE_REACH && !hardBreak(tokens, g.end(), start)) {
        best = g;
      }
    }
    return best;
  }

  /** The first group after the trigger in its clause, preferring one not introduced by in/at/near. */
  private static Group after(List<Token> tokens, List<Group> groups, int end, Group source) {
    Group locativeGroup = null;
    for (Group g : groups) {
      if (g.start() < end || g == source) {
        continue;
      }
      if (g.start() - end > TARGET_REACH || broken(tokens, end, g.start()) || finiteVerb(tokens, end, g.start())
          || unknownName(tokens, end, g.start())) {
        break;
      }
      boolean locative = LOCATIVE.contains(lower(tokens.get(precedingWord(tokens, g.start()))));
      if (!locative || g.start() - end <= 3) {
        return g;
      }
      locativeGroup = locativeGroup == null ? g : locativeGroup;
    }
    return locativeGroup;
  }

  private static int precedingWord(List<Token> tokens, int start) {
    int k = start - 1;
    while (k > 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().startsWith("RB"))) {
      k--;
    }
    return Math.max(k, 0);
  }

  /** A person or organisation name that is not an actor stands between: it is the object ("attacked Clinton"). */
  private static boolean unknownName(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String ner = tokens.get(k).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /** A finite lexical verb between trigger and candidate target starts another clause ("efforts that prevent"). */
  private static boolean finiteVerb(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String p = tokens.get(k).pos();
      String lemma = tokens.get(k).lemma();
      if ((p.equals("VBZ") || p.equals("VBD") || p.equals("VBP")) && !lemma.equals("be") && !lemma.equals("have")) {
        return true;
      }
    }
    return false;
  }

  /** A clause break between the tokens; a comma between adjectives ("complete, full ties") is not one. */
  private static boolean broken(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CLAUSE_BREAKS.contains(lower(tokens.get(k)))) {
        boolean listComma = lower(tokens.get(k)).equals(",") && k > from && k + 1 < to
            && tokens.get(k - 1).pos().startsWith("JJ") && tokens.get(k + 1).pos().startsWith("JJ");
        if (!listComma) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hardBreak(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word();
      if (w.equals(";") || w.equals(":") || SUBORDINATORS.contains(lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(lower(tokens.get(k)));
    }
    return sb.toString();
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}

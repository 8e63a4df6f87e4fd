package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.events.ActorDictionary.ActorEntry;
import org.dateline.events.ActorDictionary.AgentEntry;
import org.dateline.nlp.Token;

/**
 * Finds actor phrases in a sentence without a parse: dictionary names and role words inside noun chunks
 * ("the Calenardhon government", "Gondor's Prime Minister"), role words linked by of/from/in ("soldiers from
 * Gondor"), shared roles across coordination ("the Turkish and Russian governments"), and lists of phrases
 * ("Mordor, Rohan and Bree") as groups. Place phrases ("the Russian city of Sochi") are not actors.
 */
final class ActorResolver {
  /** An actor phrase: tokens {@code [start, end)} of the document and the codes it stands for. */
  record Phrase(int start, int end, List<String> codes, List<AgentEntry> agents, boolean agentOnly,
      boolean adjectiveOnly, boolean speaker) {
    Phrase withCodes(int newStart, List<String> newCodes, boolean nowAgentOnly) {
      return new Phrase(newStart, end, newCodes, agents, nowAgentOnly, false, speaker);
    }
  }

  /** A list of coordinated phrases. */
  record Group(int start, int end, List<Phrase> members) {
    boolean hasCountry() {
      return members.stream().anyMatch(p -> !p.agentOnly());
    }
  }

  private static final Set<String> CHUNK_POS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
      "POS", "CD", "PRP$", "-LRB-", "-RRB-", "HYPH", "FW");
  private static final Set<String> PLACE_HEADS = Set.of("city", "province", "region", "capital", "area",
      "territory", "district", "state", "coast", "island", "port", "airport", "valley", "river", "sea", "desert",
      "county", "street", "square");
  private static final Set<String> PERSON_HEADS = Set.of("woman", "man", "national", "citizen", "tourist",
      "person", "family", "pilgrim", "hostage", "prisoner", "detainee");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("we", "i", "our");
  private static final Set<String> LINKS = Set.of("of", "from", "in");

  private final ActorDictionary dict;
  private final java.util.function.Predicate<Token> eventNoun;

  /** {@code eventNoun} tells head nouns that name events ("Russian airstrikes"), which keep their actor modifier. */
  ActorResolver(ActorDictionary dict, java.util.function.Predicate<Token> eventNoun) {
    this.dict = dict;
    this.eventNoun = eventNoun;
  }

  /** Groups of actor phrases in tokens {@code [from, to)}, ordered by position. */
  List<Group> resolve(List<Token> tokens, int from, int to, Optional<LocalDate> date, List<String> speaker) {
    List<Phrase> phrases = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!speaker.isEmpty() && SPEAKER_PRONOUNS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        phrase(tokens, i, i + 1, date, speaker).ifPresent(phrases::add);
        i++;
        continue;
      }
      if (!chunkable(tokens, i, from, to) && hitEnd(tokens, i, to, date) < 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && (chunkable(tokens, j, from, to) || hitEnd(tokens, j, to, date) >= 0)) {
        int h = hitEnd(tokens, j, to, date);
        j = h > j ? h : j + 1;
      }
      int split = coordinatedActor(tokens, i, j, date);
      if (split > 0) {
        j = split;
      }
      phrase(tokens, i, j, date, speaker).ifPresent(phrases::add);
      i = split > 0 ? split + 1 : j;
    }
    return distribute(tokens, groups(tokens, phrases));
  }

  /** "the Turkish and Russian governments": a conjunction between two actor adjectives splits the chunk. */
  private int coordinatedActor(List<Token> tokens, int from, int to, Optional<LocalDate> date) {
    for (int c = from + 1; c + 1 < to; c++) {
      if (tokens.get(c).pos().equals("CC") && hitEnd(tokens, c + 1, to, date) > 0 && hitEnd(tokens, c - 1, c, date) > 0) {
        return c;
      }
    }
    return -1;
  }

  private static boolean chunkable(List<Token> tokens, int i, int from, int to) {
    Token t = tokens.get(i);
    if (CHUNK_POS.contains(t.pos())) {
      return true;
    }
    return t.pos().equals("CC") && i > from && i + 1 < to && tokens.get(i - 1).pos().startsWith("JJ")
        && tokens.get(i + 1).pos().startsWith("JJ");
  }

  /** End of the dictionary hit starting at {@code i}, or -1. */
  private int hitEnd(List<Token> tokens, int i, int to, Optional<LocalDate> date) {
    PhraseIndex.Match<ActorEntry> a = dict.actors().longest(tokens, i, to);
    if (a != null && !a.value().codesAt(date).isEmpty()) {
      return a.end();
    }
    PhraseIndex.Match<AgentEntry> g = dict.agents().longest(tokens, i, to);
    if (g != null && tokens.get(g.end() - 1).pos().startsWith("N")) {
      return g.end();
    }
    return hyphenActor(tokens.get(i), date) != null ? i + 1 : -1;
  }

  /** "UN-led", "Russian-backed": the part before the hyphen names an actor. */
  private List<String> hyphenActor(Token t, Optional<LocalDate> date) {
    int dash = t.word().indexOf('-');
    if (dash <= 0 || dash == t.word().length() - 1) {
      return null;
    }
    String head = t.word().substring(0, dash);
    Token part = new Token(t.index(), head, t.start(), t.start() + dash, "NNP", head, t.ner(), t.sentence());
    PhraseIndex.Match<ActorEntry> a = dict.actors().longest(List.of(part), 0, 1);
    return a == null || a.value().codesAt(date).isEmpty() ? null : a.value().codesAt(date);
  }

  private Optional<Phrase> phrase(List<Token> tokens, int from, int to, Optional<LocalDate> date, List<String> speaker) {
    List<String> codes = null;
    List<AgentEntry> agents = new ArrayList<>();
    int first = -1;
    int last = -1;
    int lastActorToken = -1;
    boolean isSpeaker = false;
    for (int i = from; i < to; ) {
      Token t = tokens.get(i);
      PhraseIndex.Match<ActorEntry> a = dict.actors().longest(tokens, i, to);
      List<String> hyphen = a == null ? hyphenActor(t, date) : null;
      if (a != null && !a.value().codesAt(date).isEmpty() || hyphen != null) {
        if (codes == null) {
          codes = hyphen != null ? hyphen : a.value().codesAt(date);
        }
        first = first < 0 ? i : first;
        i = hyphen != null ? i + 1 : a.end();
        last = i;
        lastActorToken = hyphen != null ? -1 : i - 1;
        continue;
      }
      PhraseIndex.Match<AgentEntry> g = dict.agents().longest(tokens, i, to);
      if (g != null && tokens.get(g.end() - 1).pos().startsWith("N")) {
        agents.add(g.value());
        first = first < 0 ? i : first;
        i = g.end();
        last = i;
        continue;
      }
      if (!speaker.isEmpty() && SPEAKER_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && codes == null) {
        codes = speaker;
        isSpeaker = true;
        first = first < 0 ? i : first;
        last = i + 1;
      }
      i++;
    }
    if (first < 0) {
      return Optional.empty();
    }
    if (last < to && tokens.subList(last, to).stream().allMatch(t -> t.pos().startsWith("NNP"))) {
      last = to;
    }
    boolean placeHead = last < to && PLACE_HEADS.contains(tokens.get(to - 1).lemma().toLowerCase(Locale.ROOT));
    boolean modifier = last < to && lastActorToken >= 0 && tokens.get(lastActorToken).pos().startsWith("JJ")
        && !PERSON_HEADS.contains(tokens.get(to - 1).lemma().toLowerCase(Locale.ROOT)) && !eventNoun.test(tokens.get(to - 1));
    if ((placeHead || modifier) && agents.isEmpty()) {
      return Optional.empty();
    }
    boolean agentOnly = codes == null;
    if (agentOnly && first > from && tokens.get(first - 1).pos().equals("PRP$")) {
      return Optional.empty();
    }
    List<String> base = agentOnly ? List.of("---") : codes;
    boolean adjectiveOnly = !agentOnly && agents.isEmpty() && lastActorToken == to - 1
        && tokens.get(lastActorToken).pos().startsWith("JJ");
    return Optional.of(new Phrase(first, last, applyAgents(base, agents), List.copyOf(agents), agentOnly,
        adjectiveOnly, isSpeaker));
  }

  /**
   * Adds role codes: suffix roles after the country ("GON" + "COP"), skipping a role already present and GOV on
   * a code that already has a role (the Pentagon spokesman stays USAMIL); prefix roles ("NGO~") go in front.
   */
  static List<String> applyAgents(List<String> codes, List<AgentEntry> agents) {
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      String code = c;
      for (AgentEntry a : agents) {
        boolean present = code.length() > 3 && code.substring(3).contains(a.code());
        boolean govOnRole = a.code().equals("GOV") && code.length() > 3;
        if (!a.prefix() && !present && !govOnRole) {
          code = code + a.code();
        }
      }
      for (AgentEntry a : agents) {
        if (a.prefix() && !code.startsWith(a.code())) {
          code = a.code() + code;
        }
      }
      out.add(code);
    }
    return out;
  }

  /** Lists: "A, B and C", "A and B", "neither A nor B"; a bare "A, B" is two groups (apposition, attribution). */
  private static List<Group> groups(List<Token> tokens, List<Phrase> phrases) {
    List<Group> out = new ArrayList<>();
    int i = 0;
    while (i < phrases.size()) {
      int j = i;
      boolean conjunction = false;
      while (j + 1 < phrases.size()) {
        String sep = between(tokens, phrases.get(j).end(), phrases.get(j + 1).start());
        if (sep.equals(",")) {
          j++;
        } else if (sep.equals("and") || sep.equals("or") || sep.equals("nor") || sep.equals(", and")
            || sep.equals(", or") || sep.equals("as well as")) {
          j++;
          conjunction = true;
          break;
        } else {
          break;
        }
      }
      if (!conjunction) {
        j = i;
      }
      List<Phrase> members = List.copyOf(phrases.subList(i, j + 1));
      out.add(new Group(members.get(0).start(), members.get(members.size() - 1).end(), members));
      i = j + 1;
    }
    return out;
  }

  private static String between(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      String pos = tokens.get(k).pos();
      if (pos.equals("DT") || pos.startsWith("JJ") || w.equals("both") || w.equals("either")) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  /** Role words shared across "of/from/in" links and across coordination. */
  private static List<Group> distribute(List<Token> tokens, List<Group> groups) {
    List<Group> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Group cur = groups.get(g);
      if (!cur.hasCountry() && g + 1 < groups.size()) {
        Group next = groups.get(g + 1);
        if (next.start() == cur.end() + 1 && next.hasCountry()
            && LINKS.contains(tokens.get(cur.end()).word().toLowerCase(Locale.ROOT))) {
          List<Phrase> merged = new ArrayList<>();
          for (Phrase role : cur.members()) {
            for (Phrase p : next.members()) {
              merged.add(p.withCodes(cur.start(), applyAgents(countries(p.codes()), role.agents()), false));
            }
          }
          out.add(new Group(cur.start(), next.end(), merged));
          g++;
          continue;
        }
      }
      out.add(shareWithinList(cur));
    }
    return out;
  }

  private static List<String> countries(List<String> codes) {
    return codes.stream().map(c -> c.length() > 3 && !c.startsWith("IGO") ? c.substring(0, 3) : c).toList();
  }

  private static Group shareWithinList(Group g) {
    if (g.members().size() < 2) {
      return g;
    }
    List<Phrase> members = new ArrayList<>(g.members());
    List<AgentEntry> lastAgents = members.get(members.size() - 1).agents();
    String country = null;
    for (int k = 0; k < members.size(); k++) {
      Phrase p = members.get(k);
      if (p.adjectiveOnly() && !lastAgents.isEmpty()) {
        members.set(k, p.withCodes(p.start(), applyAgents(p.codes(), lastAgents), false));
      } else if (p.agentOnly() && country != null) {
        members.set(k, p.withCodes(p.start(), applyAgents(List.of(country), p.agents()), false));
      }
      if (!p.agentOnly()) {
        country = p.codes().get(0).substring(0, Math.min(3, p.codes().get(0).length()));
      }
    }
    return new Group(g.start(), g.end(), List.copyOf(members));
  }
}

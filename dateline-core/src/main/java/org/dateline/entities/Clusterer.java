package org.dateline.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.EntityType;
import org.dateline.nlp.Token;

/**
 * Groups an article's mentions into entities: curated aliases share their canonical name ("U.S." and "Washington"
 * speaking for the government join "United States"); a person's later short forms join the full name ("Trump",
 * "President Trump", "[Donald] Trump" join "Donald Trump"); acronyms join the name they abbreviate, whether defined
 * in parentheses or matching its initials; other mentions cluster by their normalised text.
 */
final class Clusterer {
  /** One entity under construction. */
  static final class Cluster {
    final List<RawMention> mentions = new ArrayList<>();
    Optional<String> canonical = Optional.empty();

    EntityType type() {
      if (canonical.isPresent()) {
        return mentions.stream().filter(m -> m.canonical().isPresent()).findFirst().orElseThrow().type();
      }
      if (mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.name().indexOf(' ') > 0)) {
        return EntityType.PERSON;
      }
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      mentions.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
      EntityType best = mentions.get(0).type();
      for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
        if (e.getValue() > votes.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }

    /** The lexicon's name, else the longest form (most tokens, then most characters). */
    String name() {
      if (canonical.isPresent()) {
        return canonical.get();
      }
      // a person is named by the mentions NER read as a person, not "Will Gennifer Flowers" from a question
      boolean person = type() == EntityType.PERSON;
      List<RawMention> named = person ? mentions.stream().filter(m -> m.type() == EntityType.PERSON).toList() : mentions;
      String best = named.get(0).name();
      for (RawMention m : named) {
        int tokens = m.name().split(" ").length;
        int bestTokens = best.split(" ").length;
        boolean better = tokens > bestTokens || tokens == bestTokens && m.name().length() > best.length()
            || tokens == bestTokens && m.name().length() == best.length() && allCaps(best) && !allCaps(m.name());
        if (better) {
          best = m.name();
        }
      }
      return best;
    }
  }

  private Clusterer() {}

  private static boolean allCaps(String s) {
    return s.chars().noneMatch(Character::isLowerCase);
  }

  /** Clusters in order of first mention. */
  static List<Cluster> cluster(List<RawMention> mentions, List<Token> tokens) {
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    Map<RawMention, Cluster> of = new HashMap<>();
    List<RawMention> deferred = new ArrayList<>();
    for (RawMention m : mentions) {
      String[] parts = m.name().split(" ");
      if (m.canonical().isPresent()) {
        add(byKey, of, "C|" + m.canonical().get(), m).canonical = m.canonical();
      } else if (m.type() == EntityType.PERSON && parts.length > 1) {
        add(byKey, of, "P|" + parts[0] + " " + parts[parts.length - 1], m);
      } else {
        deferred.add(m);
      }
    }
    RawMention previous = null;
    for (RawMention m : mentions) {
      if (deferred.contains(m)) {
        Cluster c = definedBy(previous, m, tokens, of)
            .or(() -> sameNameAsPerson(byKey, m))
            .or(() -> personBySurname(byKey, m, tokens))
            .or(() -> byInitials(byKey, m))
            .orElse(null);
        if (c == null) {
          add(byKey, of, "N|" + m.name().toLowerCase(Locale.ROOT), m);
        } else {
          c.mentions.add(m);
          of.put(m, c);
        }
      }
      previous = m;
    }
    List<Cluster> out = new ArrayList<>(new java.util.LinkedHashSet<>(byKey.values()));
    for (Cluster c : out) {
      c.mentions.sort(java.util.Comparator.comparingInt(RawMention::start));
    }
    out.sort(java.util.Comparator.comparingInt(c -> c.mentions.get(0).start()));
    return out;
  }

  private static Cluster add(Map<String, Cluster> byKey, Map<RawMention, Cluster> of, String key, RawMention m) {
    Cluster c = byKey.computeIfAbsent(key, k -> new Cluster());
    c.mentions.add(m);
    of.put(m, c);
    return c;
  }

  /** "Islamic Revolutionary Guard Corps (IRGC)": the parenthesised mention joins the one just before it. */
  private static Optional<Cluster> definedBy(RawMention previous, RawMention m, List<Token> t,
      Map<RawMention, Cluster> of) {
    if (previous == null || m.first() < 1 || m.end() >= t.size() || previous.end() != m.first() - 1) {
      return Optional.empty();
    }
    boolean parenthesised = t.get(m.first() - 1).word().equals("(") && t.get(m.end()).word().equals(")");
    boolean compatible = previous.type() == m.type() || previous.type() == EntityType.ORGANIZATION;
    return parenthesised && compatible && MentionFinder.isAcronym(m.name()) && previous.type() != EntityType.PERSON
        ? Optional.ofNullable(of.get(previous)) : Optional.empty();
  }

  /**
   * A one-word mention that is a person's surname joins the nearest person cluster before it (else the first), even
   * when NER took it for a nationality ("Cuban" after "Mark Cuban") unless a noun follows it; a
   * lone first name joins the only person with that first name; a one-word organisation joins the only organisation
   * whose name ends with it ("the Post" after "New York Post").
   */
  private static Optional<Cluster> personBySurname(Map<String, Cluster> byKey, RawMention m, List<Token> tokens) {
    if (m.name().indexOf(' ') > 0 || MentionFinder.isAcronym(m.name())) {
      return Optional.empty();
    }
    if (m.type() == EntityType.NATIONALITY) {
      // "Cuban said" after "Mark Cuban" is the man; "Cuban officials" stays a nationality
      boolean adjective = m.end() < tokens.size() && tokens.get(m.end()).pos().startsWith("NN");
      return adjective ? Optional.empty() : surname(byKey, m);
    }
    Optional<Cluster> bySurname = surname(byKey, m);
    if (bySurname.isPresent()) {
      return bySurname;
    }
    if (m.type() == EntityType.PERSON) {
      return only(byKey, k -> k.startsWith("P|" + m.name() + " "));
    }
    if (m.type() == EntityType.ORGANIZATION) {
      return only(byKey, k -> k.startsWith("N|") && k.indexOf(' ') > 0 && k.endsWith(" " + m.name().toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /**
   * "Gennifer Flowers" tagged ORGANIZATION here and PERSON elsewhere is the same person; so is the name behind one
   * capitalised word NER swallowed ("Will Gennifer Flowers" opening a question).
   */
  private static Optional<Cluster> sameNameAsPerson(Map<String, Cluster> byKey, RawMention m) {
    String[] parts = m.name().split(" ");
    if (parts.length < 2) {
      return Optional.empty();
    }
    Cluster c = byKey.get("P|" + parts[0] + " " + parts[parts.length - 1]);
    if (c == null && parts.length > 2) { // "Will Gennifer Flowers", "Billionaire Mark Cuban"
      c = byKey.get("P|" + parts[1] + " " + parts[parts.length - 1]);
    }
    return Optional.ofNullable(c);
  }

  private static Optional<Cluster> only(Map<String, Cluster> byKey, java.util.function.Predicate<String> key) {
    List<Cluster> found = byKey.entrySet().stream().filter(e -> key.test(e.getKey())).map(Map.Entry::getValue)
        .distinct().toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static Optional<Cluster> surname(Map<String, Cluster> byKey, RawMention m) {
    Cluster best = null;
    int bestStart = Integer.MIN_VALUE;
    for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
      if (!e.getKey().startsWith("P|") || !e.getKey().endsWith(" " + m.name())) {
        continue;
      }
      int first = e.getValue().mentions.get(0).start();
      int score = first < m.start() ? first : -first - 1;
      if (best == null || score > bestStart) {
        best = e.getValue();
        bestStart = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "UNSC" joins "United Nations Security Council" when its letters are the initials of the capitalised words. */
  private static Optional<Cluster> byInitials(Map<String, Cluster> byKey, RawMention m) {
    if (!MentionFinder.isAcronym(m.name()) || m.type() == EntityType.PERSON) {
      return Optional.empty();
    }
    String letters = m.name().replace(".", "");
    for (Cluster c : new java.util.LinkedHashSet<>(byKey.values())) {
      if (c.type() != EntityType.PERSON && letters.equals(initials(c.name()))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[ -]")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }
}

package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.Role;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;

/**
 * Turns speaker phrases into {@link Speaker}s in reading order. Named speakers link to the entity with an
 * overlapping mention; pronouns and definite descriptions ("the official") resolve to the last compatible
 * speaker before them, and "he" or "she" to the person the sentence before names first when that came after the
 * last speaker. One instance per article (it keeps the history).
 */
final class SpeakerResolver {
  /** A speaker met so far, with the gender its words or its entity's earlier mentions give, read once. */
  private record Known(Speaker speaker, SpeakerDescriptor d, char gender, boolean plural) {}

  private final TokenView v;
  private final List<Entity> entities;
  private final List<Known> history = new ArrayList<>();

  SpeakerResolver(TokenView v, List<Entity> entities) {
    this.v = v;
    this.entities = entities;
  }

  /** The speaker written at tokens {@code [start, end)}, with an optional addressee token range. */
  Speaker resolve(int start, int end, int addrStart, int addrEnd) {
    TextSpan span = TextSpan.of(v.text, v.tok(start).start(), v.tok(end - 1).end());
    Optional<TextSpan> addressee = addrStart >= 0 && !EVENTS.contains(v.lower(addrEnd - 1))
        ? Optional.of(TextSpan.of(v.text, v.tok(addrStart).start(), v.tok(addrEnd - 1).end()))
        : addrStart >= 0 ? Optional.empty() : speakingTo(start);
    SourceFinder.Range host = end - start == 1 && RELATIVES.contains(v.lower(start)) ? relativeHost(start) : null;
    if (host != null) { // "Voters who said …", "Maria Kent, who called …": the noun phrase before "who" speaks
      int known = history.size();
      Speaker h = resolve(host.start(), host.end(), -1, -1);
      history.subList(known, history.size()).clear(); // the host is read, not met: later pronouns skip it
      return new Speaker(span, h.entityId(), h.name(), h.role(), h.affiliation(), h.rank(), h.anonymous(), addressee);
    }
    SpeakerDescriptor d = SpeakerDescriptor.parse(v, start, end);
    boolean writer = FIRST_PERSON.contains(v.lower(start)) && end - start == 1; // the author, never a speaker met
    Known antecedent = !writer && d.pronoun() || d.definite() && d.name().isEmpty() && d.affiliation().isEmpty()
        ? antecedent(d, v.lower(start)) : null;
    // "Tom Reed has led the union for a decade. He said …": the person named, read like a bare name below
    Optional<Entity> person = PERSONAL.contains(v.lower(start)) && end - start == 1
        ? recentPerson(start, antecedent) : Optional.empty();
    if (antecedent != null && person.isEmpty()) {
      Speaker a = antecedent.speaker();
      return new Speaker(span, a.entityId(), a.name(), a.role().or(d::role), a.affiliation(), a.rank(),
          a.anonymous(), addressee);
    }
    // a described speaker without a name ("a State Department official") is not the organisation it names
    Optional<Entity> entity = person.isPresent() ? person
        : d.name().isEmpty() && d.role().isPresent() ? Optional.empty() : link(span, d.name());
    Optional<String> name = entity.map(Entity::name).or(d::name);
    Optional<String> id = entity.map(Entity::id);
    if (entity.isEmpty() && d.name().isPresent()) {
      for (int k = history.size() - 1; k >= 0; k--) {
        Speaker s = history.get(k).speaker();
        if (s.name().isPresent() && s.name().get().endsWith(" " + d.name().get())) {
          name = s.name();
          id = s.entityId();
          break;
        }
      }
    }
    Optional<Role> known = entity.flatMap(e -> knownRole(e, span, d));
    Speaker earlier = known.isEmpty() && bare(d) ? metBefore(id) : null; // "Dalton" after "…, Mark Dalton,"
    if (earlier != null) {
      return remember(new Speaker(span, id, name, earlier.role(), earlier.affiliation(), earlier.rank(),
          d.anonymous(), addressee), d, start, end, true);
    }
    // a rank alone ("Col.") keeps the title the span writes: "A spokesman for the army, Col. Pedro Reyes,"
    Speaker s = new Speaker(span, id, name, known.flatMap(Role::role).or(d::role),
        known.map(Role::affiliation).orElse(d.affiliation()), known.map(Role::rank).orElse(d.rank()),
        d.anonymous(), addressee);
    return remember(s, d, start, end, !d.pronoun() || person.isPresent()); // a resolved "he" too
  }

  /** Adds {@code s} to the speakers met when {@code met}: the next "he said" may refer back to it. */
  private Speaker remember(Speaker s, SpeakerDescriptor d, int start, int end, boolean met) {
    if (met) {
      history.add(new Known(s, d, gender(s), !d.pronoun() && pluralHead(start, end)));
    }
    return s;
  }

  private static boolean bare(SpeakerDescriptor d) {
    return !d.pronoun() && d.role().isEmpty() && d.affiliation().isEmpty() && d.rank().isEmpty();
  }

  /**
   * The latest speaker of entity {@code id} whose role is one person's and whose affiliation is no part of the name,
   * or null: not "Clinton supporters" (a group linked to her) nor "Trump" as the affiliation of "Trump".
   */
  private Speaker metBefore(Optional<String> id) {
    for (int k = history.size() - 1; k >= 0 && id.isPresent(); k--) {
      Speaker s = history.get(k).speaker();
      boolean one = s.role().map(r -> r.equals(SpeakerDescriptor.singular(r))).orElse(true);
      boolean other = s.affiliation().map(a -> s.name().map(n -> !n.contains(a)).orElse(true)).orElse(true);
      if (s.entityId().equals(id) && (s.role().isPresent() || s.affiliation().isPresent()) && one && other) {
        return s;
      }
    }
    return null;
  }

  /**
   * The gender the speaker's words give ("spokeswoman"), else the gender an earlier mention of the
   * same entity gave ("Party chairman Luis Soto" for a later "Soto"), else its role's ("chairman"); 0 if none.
   */
  private char gender(Speaker s) {
    char g = Genders.of(s.span().text()); // not a resolved "he": a wrong resolution would spread
    g = g == 0 && s.entityId().isPresent() ? genderOf(s.entityId().get()) : g;
    return g != 0 ? g : s.role().map(Genders::of).orElse((char) 0);
  }

  /** The gender the latest speaker of entity {@code id} was given; 0 if none. */
  private char genderOf(String id) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (history.get(k).speaker().entityId().filter(id::equals).isPresent() && history.get(k).gender() != 0) {
        return history.get(k).gender();
      }
    }
    return 0;
  }

  /**
   * The entity stage's reading of the person's title: the role written inside this speaker span ("Russian Defence
   * Ministry spokesman Maj. Gen. Igor Sorokin"), else, for a bare name ("Kalnietis told"), the first role seen.
   */
  private static Optional<Role> knownRole(Entity e, TextSpan span, SpeakerDescriptor d) {
    for (Role r : e.roles()) {
      if (span.start() <= r.evidence().start() && r.evidence().end() <= span.end()) {
        return Optional.of(r);
      }
    }
    boolean bare = d.role().isEmpty() && d.affiliation().isEmpty() && d.rank().isEmpty();
    return bare && e.type() == EntityType.PERSON ? e.roles().stream().findFirst() : Optional.empty();
  }

  private Known antecedent(SpeakerDescriptor d, String first) {
    for (int k = history.size() - 1; k >= 0; k--) {
      Known c = history.get(k);
      if ("they".equals(first) && c.d().name().isPresent()) {
        continue; // "they" is no one person: not "Obi asked the crowd. "No!" they shouted"
      }
      if (Genders.clash(first, c.gender()) || PERSONAL.contains(first) && c.plural()
          || "they".equals(first) && c.gender() != 0) {
        continue; // "A spokesman … She was quoted as saying", "Economists … he said", "My father … they": others
      }
      if (d.pronoun() && d.human() == c.d().human()) { // "it" is no person: not "Analysts said … it said"
        return c;
      }
      if (!d.pronoun() && d.role().isPresent() && c.speaker().role().map(r -> sameHead(r, d.role().get())).orElse(false)) {
        return c;
      }
    }
    return null;
  }

  /** The noun phrase a "who" at {@code who} follows, a comma or dash between them aside; null if none. */
  private SourceFinder.Range relativeHost(int who) {
    int lim = v.sentenceStart(who);
    int k = who - 1;
    if (k > lim && (",".equals(v.word(k)) || Appositives.isDash(v, k))) {
      k--;
    }
    if (k >= lim && Vocabulary.PRONOUN_HEADS.contains(v.lower(k))) {
      return new SourceFinder.Range(k, k + 1); // "those who said", "many who say": no one named
    }
    return k >= lim ? SourceFinder.nounPhraseLeft(v, k, lim) : null;
  }

  /** Whether the first noun run in tokens {@code [start, end)} ends in a plural: "Economists polled by Reuters". */
  private boolean pluralHead(int start, int end) {
    int k = start;
    while (k < end && !v.pos(k).startsWith("NN")) {
      k++;
    }
    while (k + 1 < end && v.pos(k + 1).startsWith("NN")) {
      k++;
    }
    return k < end && ("NNS".equals(v.pos(k)) || "NNPS".equals(v.pos(k)));
  }

  /** "told a news conference": an occasion, not a listener. */
  private static final Set<String> EVENTS = Set.of(
      "conference", "briefing", "hearing", "session", "summit", "webinar");

  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> RELATIVES = Set.of("who", "which"); // "the report, which said": not a pronoun

  /**
   * The person a "he" or "she" at token {@code pronoun} refers to when the sentence before names one after the
   * last speaker: its first person, so a subject is preferred ("Reed praised Lopez. He said …" is Reed); empty when
   * the last speaker came later or the sentence names none.
   */
  private Optional<Entity> recentPerson(int pronoun, Known speaker) {
    int own = v.sentenceStart(pronoun);
    if (own == 0) {
      return Optional.empty();
    }
    int from = v.tok(v.sentenceStart(own - 1)).start();
    int limit = v.tok(own).start();
    Entity first = null;
    int at = Integer.MAX_VALUE;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (e.type() == EntityType.PERSON && m.start() >= from && m.end() <= limit && m.start() < at) {
          first = e;
          at = m.start();
        }
      }
    }
    boolean later = speaker != null && speaker.speaker().span().start() > at;
    return first == null || later || Genders.clash(v.lower(pronoun), genderOf(first.id())) ? Optional.empty()
        : Optional.of(first);
  }

  private static boolean sameHead(String a, String b) {
    String ha = SpeakerDescriptor.singular(a.substring(a.lastIndexOf(' ') + 1));
    String hb = SpeakerDescriptor.singular(b.substring(b.lastIndexOf(' ') + 1));
    return ha.equals(hb);
  }

  /** The entity a mention inside the speaker span names: a person first, the one the descriptor named before others. */
  private Optional<Entity> link(TextSpan span, Optional<String> named) {
    Entity best = null;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (span.overlaps(m.start(), m.end()) && !possessor(span, m)
            && (best == null || e.type() == EntityType.PERSON && best.type() != EntityType.PERSON
            || e.type() == best.type() && named.map(n -> n.contains(m.text())).orElse(false))) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Banda's party", "Brazil's Superior Electoral Court": the mention owns what the speaker is, and is not it. */
  private boolean possessor(TextSpan span, Mention m) {
    int e = m.end();
    boolean owns = v.text.startsWith("'s", e) || v.text.startsWith("’s", e)
        || (v.text.startsWith("'", e) || v.text.startsWith("’", e)) && m.text().endsWith("s");
    return owns && span.end() > e + 2;
  }

  /** "Speaking to Anadolu Agency, X said": the addressee named by a sentence-initial participle. */
  private Optional<TextSpan> speakingTo(int speakerStart) {
    int s = v.sentenceStart(speakerStart);
    if (s + 2 >= speakerStart || !"speaking".equals(v.lower(s)) && !"talking".equals(v.lower(s))
        || !"to".equals(v.lower(s + 1)) && !"with".equals(v.lower(s + 1))) {
      return Optional.empty();
    }
    int e = s + 2;
    while (e < speakerStart && !",".equals(v.word(e))) {
      e++;
    }
    return e > s + 2 ? Optional.of(TextSpan.of(v.text, v.tok(s + 2).start(), v.tok(e - 1).end())) : Optional.empty();
  }
}

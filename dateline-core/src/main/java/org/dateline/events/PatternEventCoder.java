package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.events.ActorResolver.Group;
import org.dateline.events.ActorResolver.Phrase;
import org.dateline.events.ArgumentFinder.Args;
import org.dateline.events.Lexicon.Coding;
import org.dateline.events.Speakers.Attribution;
import org.dateline.events.TriggerMatcher.Trigger;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * The standard coder: per sentence, actor groups (dictionary), triggers (lexicon), arguments by word order,
 * mode, then date (nearest resolved date in the sentence, else publication date) and place (nearest place
 * mention in the sentence). Statements attributed to a speaker use the speaker as source when the trigger has none.
 * Identical events within an article are reported once, at their first occurrence.
 */
final class PatternEventCoder implements EventCoder {
  private final ActorResolver resolver;
  private final TriggerMatcher matcher;
  private final Speakers speakers;

  PatternEventCoder(ActorDictionary actors, Lexicon lexicon) {
    this.resolver = new ActorResolver(actors, t -> lexicon.index(Lexicon.Kind.N).longest(List.of(t), 0, 1) != null);
    this.matcher = new TriggerMatcher(lexicon);
    this.speakers = new Speakers(resolver);
  }

  @Override
  public List<Event> code(Article article, NlpDoc doc, List<Entity> entities, List<DateMention> dates,
      List<Quote> quotes, List<Place> places) {
    Optional<LocalDate> published = article.published();
    List<Token> tokens = doc.tokens();
    List<List<Group>> plain = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      plain.add(resolver.resolve(tokens, s.firstToken(), s.endToken(), published, List.of()));
    }
    Attribution[] attribution = speakers.attribute(doc, quotes, plain, published);
    Context ctx = new Context(doc, entities, dates, places, published);
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      Attribution att = attribution[s.index()];
      List<Group> groups = att == null ? plain.get(s.index())
          : resolver.resolve(tokens, s.firstToken(), s.endToken(), published, att.codes());
      for (Candidate c : candidates(doc.text(), tokens, s, groups, att)) {
        emit(ctx, s, c, out, seen);
      }
    }
    return List.copyOf(out);
  }

  private record Candidate(Trigger trigger, Coding coding, List<Actor> sources, List<Actor> targets,
      Optional<String> mode, boolean mutual) {}

  /** CAMEO roots whose verbs, with a list as subject and no object, are done among the list ("X and Y met"). */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06", "19");

  private record Context(NlpDoc doc, List<Entity> entities, List<DateMention> dates, List<Place> places,
      Optional<LocalDate> published) {}

  private List<Candidate> candidates(String text, List<Token> tokens, Sentence s, List<Group> groups, Attribution att) {
    boolean[] blocked = new boolean[s.endToken() - s.firstToken()];
    for (Group g : groups) {
      for (Phrase p : g.members()) {
        for (int k = p.start(); k < p.end(); k++) {
          blocked[k - s.firstToken()] = true;
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    Group previousSource = null;
    for (Trigger t : matcher.find(tokens, s.firstToken(), s.endToken(), blocked, att != null)) {
      Optional<String> mode = ModeDetector.mode(tokens, t, s.firstToken(), s.endToken());
      Args args = switch (t.kind()) {
        case V -> ArgumentFinder.verb(tokens, groups, t, previousSource);
        case N -> ArgumentFinder.noun(tokens, groups, t);
        case S -> new Args(null, ArgumentFinder.stanceTarget(groups, att == null ? List.of() : att.codes()));
      };
      if (t.kind() == Lexicon.Kind.V && args.source() != null) {
        previousSource = args.source();
      }
      boolean speakerSource = args.source() == null && att != null && !args.otherSubject()
          && (t.kind() == Lexicon.Kind.S || (t.kind() == Lexicon.Kind.V && att.direct()));
      List<Actor> sources = args.source() != null ? actors(text, tokens, args.source())
          : speakerSource ? speakerActors(att) : List.of();
      Group target = speakerSource && t.kind() == Lexicon.Kind.V && args.target() == null
          ? ArgumentFinder.stanceTarget(groups.stream().filter(g -> g.start() >= t.end()).toList(), att.codes())
          : args.target();
      List<Actor> targets = target == null ? List.of() : actors(text, tokens, target);
      boolean compound = args.source() != null && args.source().members().size() > 1;
      Coding coding = TriggerMatcher.coding(t, tokens, s.firstToken(), s.endToken(), compound);
      if (!sources.isEmpty() && coding != null && !coding.isNull()) {
        boolean mutual = args.mutual() || (t.kind() == Lexicon.Kind.V && MUTUAL_ROOTS.contains(Cameo.root(coding.code())));
        out.add(new Candidate(t, coding, sources, targets, mode, mutual));
      }
    }
    return out;
  }

  private static List<Actor> actors(String text, List<Token> tokens, Group g) {
    List<Actor> out = new ArrayList<>();
    for (Phrase p : g.members()) {
      for (String code : p.codes()) {
        out.add(new Actor(Speakers.spanOf(text, tokens, p.start(), p.end()), code, Optional.empty()));
      }
    }
    return out;
  }

  private static List<Actor> speakerActors(Attribution att) {
    return att.codes().stream().map(c -> new Actor(att.span(), c, Optional.<String>empty())).toList();
  }

  private void emit(Context ctx, Sentence s, Candidate c, List<Event> out, Set<String> seen) {
    Coding coding = c.coding();
    if (!c.targets().isEmpty()) {
      add(ctx, s, c, c.sources(), c.targets(), coding.code(), out, seen);
      coding.reverse().ifPresent(r -> add(ctx, s, c, c.targets(), c.sources(), r, out, seen));
      return;
    }
    if (c.mutual() && c.sources().size() >= 2) {
      for (Actor a : c.sources()) {
        for (Actor b : c.sources()) {
          if (a != b) {
            add(ctx, s, c, List.of(a), List.of(b), coding.code(), out, seen);
          }
        }
      }
    }
  }

  private void add(Context ctx, Sentence s, Candidate c, List<Actor> sources, List<Actor> targets, String code,
      List<Event> out, Set<String> seen) {
    List<Actor> src = withEntities(ctx, sources);
    List<Actor> tgt = withEntities(ctx, targets.stream().filter(t -> sources.stream().noneMatch(x -> x.code().equals(t.code()))).toList());
    if (tgt.isEmpty() || code.equals("---") || (unknown(src) && unknown(tgt))) {
      return;
    }
    String text = ctx.doc().text();
    List<Token> tokens = ctx.doc().tokens();
    int ts = tokens.get(c.trigger().start()).start();
    int te = tokens.get(c.trigger().end() - 1).end();
    Optional<LocalDate> date = EventContext.date(ctx.dates(), s, ts).or(ctx::published);
    String key = codes(src) + ">" + codes(tgt) + "|" + code + "|" + c.mode().orElse("") + "|" + date.orElse(null);
    if (!seen.add(key)) {
      return;
    }
    out.add(new Event("EV" + (out.size() + 1), src, tgt, Cameo.plover(code), c.mode(), Optional.of(code),
        Cameo.quadClass(code), Cameo.goldstein(code), TextSpan.of(text, ts, te), TextSpan.of(text, s.start(), s.end()),
        date, EventContext.place(ctx.places(), s, ts, concat(src, tgt))));
  }

  private static List<Actor> concat(List<Actor> a, List<Actor> b) {
    List<Actor> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Actors of no known country or organisation ("---GOV": "the official"). */
  private static boolean unknown(List<Actor> actors) {
    return actors.stream().allMatch(a -> a.code().startsWith("---"));
  }

  private static String codes(List<Actor> actors) {
    return String.join(",", actors.stream().map(Actor::code).sorted().toList());
  }

  private static List<Actor> withEntities(Context ctx, List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      out.add(new Actor(a.span(), a.code(), entityAt(ctx.entities(), a.span())));
    }
    return out;
  }

  private static Optional<String> entityAt(List<Entity> entities, TextSpan span) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (span.overlaps(m.start(), m.end())) {
          return Optional.of(e.id());
        }
      }
    }
    return Optional.empty();
  }
}

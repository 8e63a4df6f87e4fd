package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dateline.eval.PetrarchRecords.GoldEvent;
import org.dateline.eval.PetrarchRecords.Record;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * Scores coded events against PETRARCH gold: a gold event is a full match when some coded event has the same
 * source, target and code, and a root match when source and target agree and the codes share their first two
 * digits. On records marked noevents, any coded event is a false event.
 */
public final class EventScorer {
  /** Totals; percentages are of gold events (matches) and of noevents records (false events). */
  public record Score(int records, int scoredRecords, int goldEvents, int fullMatches, int rootMatches,
      int noEventRecords, int falseEventRecords, int falseEvents, int codedEvents) {
    public double fullPercent() {
      return percent(fullMatches, goldEvents);
    }

    public double rootPercent() {
      return percent(rootMatches, goldEvents);
    }

    public double falsePercent() {
      return percent(falseEventRecords, noEventRecords);
    }

    private static double percent(int n, int d) {
      return d == 0 ? 0 : Math.round(1000.0 * n / d) / 10.0;
    }
  }

  /** One record's outcome, for diagnostics. */
  public record Outcome(Record record, Set<GoldEvent> coded, List<GoldEvent> missed) {}

  private final List<Outcome> outcomes = new ArrayList<>();

  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** Codes every scored record with {@code coder} and totals the matches. */
  public Score score(List<Record> records, Function<Record, List<Event>> coder) {
    int scored = 0;
    int gold = 0;
    int full = 0;
    int root = 0;
    int noEventRecords = 0;
    int falseRecords = 0;
    int falseEvents = 0;
    int coded = 0;
    for (Record r : records) {
      if (!r.scored()) {
        continue;
      }
      scored++;
      Set<GoldEvent> triples = triples(coder.apply(r));
      coded += triples.size();
      List<GoldEvent> missed = new ArrayList<>();
      if (r.noEvents()) {
        noEventRecords++;
        falseEvents += triples.size();
        falseRecords += triples.isEmpty() ? 0 : 1;
      }
      for (GoldEvent g : r.events()) {
        gold++;
        boolean isFull = triples.contains(g);
        boolean isRoot = isFull || triples.stream().anyMatch(t -> t.source().equals(g.source())
            && t.target().equals(g.target()) && sameRoot(t.code(), g.code()));
        full += isFull ? 1 : 0;
        root += isRoot ? 1 : 0;
        if (!isRoot) {
          missed.add(g);
        }
      }
      outcomes.add(new Outcome(r, triples, missed));
    }
    return new Score(records.size(), scored, gold, full, root, noEventRecords, falseRecords, falseEvents, coded);
  }

  private static boolean sameRoot(String a, String b) {
    return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2));
  }

  /** Every (source, target, code) combination the events express. */
  static Set<GoldEvent> triples(List<Event> events) {
    Set<GoldEvent> out = new LinkedHashSet<>();
    for (Event e : events) {
      String code = e.cameo().orElse("");
      for (Actor s : e.sources()) {
        for (Actor t : e.targets()) {
          out.add(new GoldEvent(s.code(), t.code(), code));
        }
      }
    }
    return out;
  }
}

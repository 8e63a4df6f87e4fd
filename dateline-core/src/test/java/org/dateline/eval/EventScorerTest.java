package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.eval.PetrarchRecords.GoldEvent;
import org.dateline.eval.PetrarchRecords.Record;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Full, root-code and false-event counts. */
class EventScorerTest {
  private static Event event(String source, String target, String code) {
    TextSpan span = new TextSpan("x", 0, 1);
    return new Event("E", List.of(new Actor(span, source, Optional.empty())), List.of(new Actor(span, target, Optional.empty())),
        "CONSULT", Optional.empty(), Optional.of(code), Optional.empty(), Optional.empty(), span, span, Optional.empty(),
        Optional.empty());
  }

  private static Record record(String id, boolean none, GoldEvent... gold) {
    return new Record(id, Optional.of(LocalDate.of(2020, 1, 1)), "T", "text", List.of(gold), none);
  }

  @Test
  void countsMatches() {
    List<Record> records = List.of(
        record("a", false, new GoldEvent("AAA", "BBB", "046"), new GoldEvent("BBB", "AAA", "046")),
        record("b", false, new GoldEvent("AAA", "CCC", "1721")),
        record("c", true),
        record("d", true),
        new Record("e", Optional.empty(), "ERR", "t", List.of(), false));
    EventScorer scorer = new EventScorer();
    EventScorer.Score s = scorer.score(records, r -> switch (r.id()) {
      case "a" -> List.of(event("AAA", "BBB", "046"), event("BBB", "AAA", "042"));
      case "b" -> List.of(event("AAA", "CCC", "171"));
      case "c" -> List.of(event("AAA", "BBB", "010"), event("AAA", "CCC", "010"));
      default -> List.of();
    });
    assertEquals(5, s.records());
    assertEquals(4, s.scoredRecords());
    assertEquals(3, s.goldEvents());
    assertEquals(1, s.fullMatches());
    assertEquals(3, s.rootMatches());
    assertEquals(100.0, s.rootPercent());
    assertEquals(2, s.noEventRecords());
    assertEquals(1, s.falseEventRecords());
    assertEquals(50.0, s.falsePercent());
    assertEquals(2, s.falseEvents());
    assertEquals(List.of(), scorer.outcomes().get(0).missed());
    assertEquals(List.of(), scorer.outcomes().get(1).missed());
    assertEquals(1, scorer.outcomes().get(2).coded().size() - 1);
  }
}

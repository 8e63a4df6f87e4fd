package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.DateMention;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.nlp.Sentence;

/** When and where an event happened: the resolved date and the place mentioned nearest its trigger in its sentence. */
final class EventContext {
  private EventContext() {}

  static Optional<LocalDate> date(List<DateMention> dates, Sentence s, int trigger) {
    DateMention best = null;
    for (DateMention d : dates) {
      if (d.resolved().isPresent() && d.start() >= s.start() && d.end() <= s.end()
          && (best == null || Math.abs(d.start() - trigger) < Math.abs(best.start() - trigger))) {
        best = d;
      }
    }
    return best == null ? Optional.empty() : best.resolved();
  }

  /**
   * The literal place mention nearest the trigger in its sentence; demonyms ("Syrian") and places standing for
   * their governments ("Moscow said"), and mentions inside the event's own actors, are not where it happened.
   */
  static Optional<Long> place(List<Place> places, Sentence s, int trigger, List<Actor> actors) {
    Place best = null;
    for (Place p : places) {
      int start = p.mention().start();
      boolean actor = actors.stream().anyMatch(a -> a.span().overlaps(start, p.mention().end()));
      if (start >= s.start() && p.mention().end() <= s.end() && p.type() == PlaceType.LITERAL && !actor
          && (best == null || Math.abs(start - trigger) < Math.abs(best.mention().start() - trigger))) {
        best = p;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.geonameId());
  }
}

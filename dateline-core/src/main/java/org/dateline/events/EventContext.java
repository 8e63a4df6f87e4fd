package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.DateMention;
import org.dateline.model.Place;
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

  static Optional<Long> place(List<Place> places, Sentence s, int trigger) {
    Place best = null;
    for (Place p : places) {
      int start = p.mention().start();
      if (start >= s.start() && p.mention().end() <= s.end()
          && (best == null || Math.abs(start - trigger) < Math.abs(best.mention().start() - trigger))) {
        best = p;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.geonameId());
  }
}

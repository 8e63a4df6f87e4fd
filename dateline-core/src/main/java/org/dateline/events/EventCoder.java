package org.dateline.events;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;

/** Codes events from an article and the output of earlier stages. Thread-safe. */
public interface EventCoder {
  List<Event> code(Article article, NlpDoc doc, List<Entity> entities, List<DateMention> dates, List<Quote> quotes,
      List<Place> places);

  static EventCoder standard() {
    return (article, doc, entities, dates, quotes, places) -> List.of();
  }
}

package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.junit.jupiter.api.Test;

/** Dates, places, evidence offsets and dedupe. */
class EventContextTest {
  private static final String TEXT = "Turkey/NNP and/CC Russia/NNP met/VBD/meet in/IN Sochi/NNP on/IN Monday/NNP ./. "
      + "Turkey/NNP and/CC Russia/NNP met/VBD/meet again/RB ./.";

  @Test
  void dateFromTheSentenceElsePublicationAndPlaceInTheSentence() {
    NlpDoc doc = Tagged.doc(TEXT);
    String t = doc.text();
    int monday = t.indexOf("Monday");
    int sochi = t.indexOf("Sochi");
    DateMention date = new DateMention("Monday", monday, monday + 6, Optional.of(LocalDate.of(2018, 9, 17)), "DAY");
    Place place = new Place(TextSpan.of(t, sochi, sochi + 5), 491422, "Sochi", "P", "PPL", "RU", Optional.empty(),
        43.6, 39.73, 343334, PlaceType.LITERAL);
    List<Event> events = Coded.CODER.code(Article.of("a", t).withPublished(LocalDate.of(2018, 9, 20)), doc,
        List.of(), List.of(date), List.of(), List.of(place));
    assertEquals(4, events.size());
    assertEquals(Optional.of(LocalDate.of(2018, 9, 17)), events.get(0).date());
    assertEquals(Optional.of(491422L), events.get(0).placeGeonameId());
    assertEquals("met", events.get(0).trigger().text());
    assertEquals(t.substring(events.get(0).trigger().start(), events.get(0).trigger().end()), "met");
    assertEquals(Optional.of(LocalDate.of(2018, 9, 20)), events.get(2).date());
    assertEquals(Optional.empty(), events.get(2).placeGeonameId());
  }

  @Test
  void placesThatAreActorsOrDemonymsAreNotTheEventPlace() {
    NlpDoc doc = Tagged.doc("Moscow/NNP condemned/VBD/condemn Ukraine/NNP in/IN Kharkiv/NNP ./.");
    String t = doc.text();
    int moscow = t.indexOf("Moscow");
    int kharkiv = t.indexOf("Kharkiv");
    Place metonym = new Place(TextSpan.of(t, moscow, moscow + 6), 524901, "Moscow", "P", "PPLC", "RU", Optional.empty(),
        55.75, 37.6, 10000000, PlaceType.METONYMIC);
    Place city = new Place(TextSpan.of(t, kharkiv, kharkiv + 7), 706483, "Kharkiv", "P", "PPLA", "UA", Optional.empty(),
        50.0, 36.2, 1400000, PlaceType.LITERAL);
    Place onActor = new Place(TextSpan.of(t, moscow, moscow + 6), 524901, "Moscow", "P", "PPLC", "RU", Optional.empty(),
        55.75, 37.6, 10000000, PlaceType.LITERAL);
    Article a = Article.of("p", t);
    assertEquals(Optional.of(706483L), Coded.CODER.code(a, doc, List.of(), List.of(), List.of(), List.of(metonym, city))
        .get(0).placeGeonameId());
    assertEquals(Optional.empty(), Coded.CODER.code(a, doc, List.of(), List.of(), List.of(), List.of(onActor))
        .get(0).placeGeonameId());
  }

  @Test
  void identicalEventsAreReportedOnce() {
    NlpDoc doc = Tagged.doc(TEXT);
    List<Event> events = Coded.CODER.code(Article.of("a", doc.text()).withPublished(LocalDate.of(2018, 9, 20)), doc,
        List.of(), List.of(), List.of(), List.of());
    assertEquals(2, events.size());
    assertEquals("Turkey", events.get(0).sources().get(0).span().text());
  }
}

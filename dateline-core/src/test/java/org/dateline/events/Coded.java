package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.nlp.NlpDoc;

/** Runs the built-in coder over hand-tagged text and renders events compactly: "RUS>UKR 190 ASSAULT". */
final class Coded {
  static final EventCoder CODER = EventCoder.standard();

  private Coded() {}

  static List<Event> events(String tagged, LocalDate published) {
    NlpDoc doc = Tagged.doc(tagged);
    Article article = Article.of("t", doc.text()).withPublished(published);
    return CODER.code(article, doc, List.of(), List.of(), List.of(), List.of());
  }

  static List<String> summary(String tagged) {
    return events(tagged, LocalDate.of(2018, 9, 17)).stream().map(Coded::render).toList();
  }

  static String render(Event e) {
    return codes(e.sources()) + ">" + codes(e.targets()) + " " + e.cameo().orElse("-") + " " + e.plover()
        + e.mode().map(m -> " " + m).orElse("");
  }

  private static String codes(List<Actor> actors) {
    return actors.stream().map(Actor::code).collect(Collectors.joining(","));
  }
}

package org.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The full record Dateline produces for one article. Stages that did not run leave their lists empty. */
public record AnalyzedArticle(
    Article article,
    List<Entity> entities,
    List<DateMention> dates,
    List<Quote> quotes,
    List<Place> places,
    List<FocusPlace> focus,
    List<Event> events,
    List<Theme> themes,
    Optional<Tone> tone) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article must not be null");
    entities = Checks.list("entities", entities);
    dates = Checks.list("dates", dates);
    quotes = Checks.list("quotes", quotes);
    places = Checks.list("places", places);
    focus = Checks.list("focus", focus);
    events = Checks.list("events", events);
    themes = Checks.list("themes", themes);
    Objects.requireNonNull(tone, "tone must not be null (use Optional.empty())");
  }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}

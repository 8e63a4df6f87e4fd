package org.dateline.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dateline.dates.DateResolver;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.EventCoder;
import org.dateline.geo.GeoResult;
import org.dateline.geo.Geocoder;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.dateline.nlp.ThreadClock;
import org.dateline.quotes.QuoteExtractor;
import org.dateline.themes.ThemeResult;
import org.dateline.themes.ThemeTagger;

/**
 * Runs the pipeline (nlp, entities, dates, quotes, geo, events, themes) over articles. One instance is shared by all
 * threads of a batch; {@link #analyze} is thread-safe.
 */
public final class Dateline {
  /** Annotates nothing: used to warm the stages up before the models are loaded. */
  private static final NlpEngine EMPTY_ENGINE = new NlpEngine() {
    @Override
    public NlpDoc annotate(String text) {
      return new NlpDoc(text, List.of(), List.of());
    }

    @Override
    public Profile profile() {
      return Profile.FAST;
    }
  };

  private final NlpEngine nlp;
  private final EntityExtractor entities;
  private final DateResolver dates;
  private final QuoteExtractor quotes;
  private final Geocoder geo;
  private final EventCoder events;
  private final ThemeTagger themes = ThemeTagger.standard();
  private final StageTimings timings = new StageTimings();

  private Dateline(NlpEngine nlp, EntityExtractor entities, DateResolver dates,
      QuoteExtractor quotes, Geocoder geo, EventCoder events) {
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.geo = Objects.requireNonNull(geo, "geo");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * The standard pipeline for {@code profile}; loads models (seconds on first call per JVM). The stages' lexicons
   * and gazetteer load on this thread while the NLP models load on others, so the first article is answered sooner.
   */
  public static Dateline create(Profile profile) {
    CompletableFuture<NlpEngine> nlp = CompletableFuture.supplyAsync(() -> NlpEngine.corenlp(profile),
        r -> Thread.ofPlatform().name("dateline-nlp-load").daemon().start(r));
    Dateline stages = new Dateline(EMPTY_ENGINE, EntityExtractor.standard(), DateResolver.standard(),
        QuoteExtractor.standard(), Geocoder.standard(), EventCoder.standard());
    try {
      stages.analyze(Article.of("warm-up", "")); // stages load what they load lazily
    } catch (RuntimeException ignored) {
      // only a head start: a stage that fails here fails again, reported, on the first real article
    }
    try {
      return new Dateline(nlp.join(), stages.entities, stages.dates, stages.quotes, stages.geo, stages.events);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** A pipeline over a caller-supplied engine and stages (tests, alternative back ends). */
  public static Dateline of(NlpEngine nlp, EntityExtractor entities, DateResolver dates,
      QuoteExtractor quotes, Geocoder geo, EventCoder events) {
    return new Dateline(nlp, entities, dates, quotes, geo, events);
  }

  public Profile profile() {
    return nlp.profile();
  }

  public StageTimings timings() {
    return timings;
  }

  /** Annotates with the NLP engine only (exposed for benchmarks and stage tests). */
  public NlpDoc annotate(String text) {
    return nlp.annotate(text);
  }

  public AnalyzedArticle analyze(Article article) {
    ThreadClock clock = new ThreadClock();
    NlpDoc doc = nlp.annotate(article.text(), (step, wall, cpu) -> timings.add("nlp." + step, wall, cpu));
    clock.lap("nlp", timings::add);
    List<Entity> ents = entities.extract(article, doc);
    clock.lap("entities", timings::add);
    List<DateMention> ds = dates.resolve(article, doc);
    clock.lap("dates", timings::add);
    List<Quote> qs = quotes.extract(article, doc, ents);
    clock.lap("quotes", timings::add);
    GeoResult g = geo.geocode(article, doc, ents);
    clock.lap("geo", timings::add);
    List<Event> evs = events.code(article, doc, ents, ds, qs, g.places());
    clock.lap("events", timings::add);
    ThemeResult th = themes.tag(doc);
    clock.lap("themes", timings::add);
    return new AnalyzedArticle(article, ents, ds, qs, g.places(), g.focus(), evs, th.themes(), Optional.of(th.tone()));
  }
}

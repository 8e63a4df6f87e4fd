package org.dateline.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.nlp.NlpDoc;

/**
 * Codes events from an article and the output of earlier stages. Thread-safe. Events carry CAMEO codes and PLOVER
 * types; actors carry CAMEO-style codes (ISO-3 country plus role, e.g. "USAGOV") resolved against the article's
 * publication date.
 */
public interface EventCoder {
  List<Event> code(Article article, NlpDoc doc, List<Entity> entities, List<DateMention> dates, List<Quote> quotes,
      List<Place> places);

  /** The built-in actor dictionary and lexicon (loaded once per JVM). */
  static EventCoder standard() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Adds user actor dictionaries and lexicons (formats in docs/events.md) on top of the built-in ones; later files
   * override earlier entries. Format errors raise {@link DictionaryFormatException} with file and line.
   */
  final class Builder {
    private final List<Path> actorFiles = new ArrayList<>();
    private final List<Path> lexiconFiles = new ArrayList<>();
    private boolean builtins = true;

    private Builder() {}

    public Builder actors(Path file) {
      actorFiles.add(file);
      return this;
    }

    public Builder lexicon(Path file) {
      lexiconFiles.add(file);
      return this;
    }

    /** Uses only the files given here (e.g. to reproduce another coder's dictionaries exactly). */
    public Builder withoutBuiltins() {
      builtins = false;
      return this;
    }

    /** The coder; reads the user files now. */
    public EventCoder build() {
      ActorDictionary actors = builtins ? ActorDictionary.builtin() : new ActorDictionary();
      Lexicon lexicon = builtins ? Lexicon.builtin() : new Lexicon();
      try {
        for (Path p : actorFiles) {
          actors.load(p);
        }
        for (Path p : lexiconFiles) {
          lexicon.load(p);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read dictionary file: " + e.getMessage(), e);
      }
      return new PatternEventCoder(actors, lexicon);
    }
  }
}

package org.dateline.themes;

import org.dateline.nlp.NlpDoc;

/** Tags themes and measures tone. Thread-safe; lexicons load once per JVM. */
public interface ThemeTagger {
  ThemeResult tag(NlpDoc doc);

  /** Tagger over the bundled lexicons ({@code themes.tsv}, {@code tone.tsv}). */
  static ThemeTagger standard() {
    return LexiconThemeTagger.shared();
  }
}

package org.dateline.themes;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Theme;
import org.dateline.model.Tone;

/** Themes (strongest first) and the tone of one article. */
public record ThemeResult(List<Theme> themes, Tone tone) {
  public ThemeResult {
    themes = List.copyOf(themes);
    Objects.requireNonNull(tone, "tone must not be null");
  }
}

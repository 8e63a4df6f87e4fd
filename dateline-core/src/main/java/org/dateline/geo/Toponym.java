package org.dateline.geo;

import org.dateline.model.PlaceType;

/**
 * A recognised place mention before resolution: character offsets, lookup {@code key}, how it refers
 * ({@code type}), which entry kinds it may resolve to ({@code scope}), the {@code rule} that found it, and a
 * {@code fixed} entry when recognition already determined the referent (demonyms, abbreviations), else -1.
 */
record Toponym(int start, int end, String key, PlaceType type, Scope scope, String rule, int fixed) {
  /** Which gazetteer levels a mention may resolve to. */
  enum Scope { ANY, ADMIN, CITY, COUNTRY }

  Toponym withType(PlaceType t) {
    return new Toponym(start, end, key, t, scope, rule, fixed);
  }
}

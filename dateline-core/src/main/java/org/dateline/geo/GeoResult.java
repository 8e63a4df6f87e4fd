package org.dateline.geo;

import java.util.List;
import org.dateline.model.FocusPlace;
import org.dateline.model.Place;

/** Resolved place mentions and the ranked focus of the article. */
public record GeoResult(List<Place> places, List<FocusPlace> focus) {
  public GeoResult {
    places = List.copyOf(places);
    focus = List.copyOf(focus);
  }

  public static GeoResult empty() {
    return new GeoResult(List.of(), List.of());
  }
}

package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.TextSpan;
import org.junit.jupiter.api.Test;

class PlaceScorerTest {
  private static final String TEXT = "Lyon and Paris and Nowhere.";

  private static Place place(int start, int end, long id, double lat, double lon) {
    return new Place(TextSpan.of(TEXT, start, end), id, "x", "P", "PPL", "FR", Optional.empty(), lat, lon, 0,
        PlaceType.LITERAL);
  }

  private static GeoGoldArticle gold() {
    return new GeoGoldArticle("a", TEXT, List.of(
        new GeoGoldToponym(0, 4, "Lyon", OptionalLong.of(1), true, 45.75, 4.85),
        new GeoGoldToponym(9, 14, "Paris", OptionalLong.of(2), true, 48.85, 2.35),
        new GeoGoldToponym(19, 26, "Nowhere", OptionalLong.empty(), true, 0, 0)));
  }

  @Test
  void goldSpanModeCountsUnresolvedAsMaximalError() {
    PlaceScorer s = new PlaceScorer(true);
    // Lyon exact; Paris placed at Lyon (about 392 km off); Nowhere unresolved
    s.add(gold(), List.of(place(0, 4, 1, 45.75, 4.85), place(9, 14, 3, 45.75, 4.85)));
    PlaceScores r = s.scores();
    assertEquals(3, r.scored());
    assertEquals(1, r.unresolved());
    assertEquals(1 / 3.0, r.acc161(), 1e-3);
    assertEquals(0.5, r.exactId(), 1e-9);
    assertEquals(392, r.medianKm(), 5);
    assertEquals(2 / 3.0, r.recall(), 1e-3);
    assertEquals(1.0, r.precision(), 1e-9);
  }

  @Test
  void endToEndModeScoresRecognisedToponymsOnly() {
    PlaceScorer s = new PlaceScorer(false);
    s.add(gold(), List.of(place(0, 4, 1, 45.75, 4.85), place(5, 8, 9, 0, 0)));
    PlaceScores r = s.scores();
    assertEquals(1, r.scored());
    assertEquals(1.0, r.acc161(), 1e-9);
    assertEquals(0.0, r.auc(), 1e-9);
    assertEquals(1 / 3.0, r.recall(), 1e-3);
    assertEquals(0.5, r.precision(), 1e-9);
  }

  @Test
  void emptyRunScoresZero() {
    PlaceScores r = new PlaceScorer(true).scores();
    assertEquals(0, r.gold());
    assertEquals(0.0, r.acc161(), 1e-9);
  }
}

package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.PlaceType;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** Public-API tests of the standard geocoder on short wire-style fixtures. */
class GeocoderTest {
  private static final Geocoder GEO = Geocoder.standard();

  static GeoResult geocode(String text) {
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    return GEO.geocode(Article.of("t", text), doc, List.of());
  }

  static Optional<Place> place(GeoResult r, String written) {
    return r.places().stream().filter(p -> p.mention().text().equals(written)).findFirst();
  }

  static Place first(GeoResult r, String written) {
    return place(r, written).orElseThrow(() -> new AssertionError(written + " not found in " + r.places()));
  }

  @Test
  void parisIsFranceUnlessTexasContainsIt() {
    GeoResult fr = geocode("Protesters marched through Paris on Saturday, French police said.");
    assertEquals("FR", first(fr, "Paris").countryCode());
    GeoResult tx = geocode("A tornado damaged homes in Paris, Texas, late on Tuesday, officials said.");
    Place paris = first(tx, "Paris");
    assertEquals("US", paris.countryCode());
    assertEquals(Optional.of("TX"), paris.admin1());
  }

  @Test
  void georgiaFollowsItsContext() {
    GeoResult caucasus = geocode("Russia and Georgia traded accusations on Monday as talks in Tbilisi stalled.");
    assertEquals("GE", first(caucasus, "Georgia").countryCode());
    GeoResult us = geocode("Storms hit Atlanta and Savannah on Monday. Georgia officials opened shelters "
        + "near Macon and Augusta.");
    assertEquals("US", first(us, "Georgia").countryCode());
  }

  @Test
  void washingtonAsGovernmentIsMetonymicAndStillGeocoded() {
    GeoResult r = geocode("Washington warned Moscow on Tuesday, and the Kremlin rejected the demand.");
    Place w = first(r, "Washington");
    assertEquals("US", w.countryCode());
    assertEquals("PPLC", w.featureCode());
    assertEquals(PlaceType.METONYMIC, w.type());
    Place kremlin = r.places().stream().filter(p -> p.mention().text().contains("Kremlin")).findFirst().orElseThrow();
    assertEquals(PlaceType.METONYMIC, kremlin.type());
    assertEquals("RU", kremlin.countryCode());
  }

  @Test
  void demonymsAbbreviationsAndOrganisationNames() {
    GeoResult r = geocode("Syrian troops advanced as the U.S. envoy met officials of the Islamic State of Iraq "
        + "and Syria defectors at the United Nations in Geneva.");
    Place syrian = first(r, "Syrian");
    assertEquals(PlaceType.DEMONYM, syrian.type());
    assertEquals("SY", syrian.countryCode());
    assertEquals("US", first(r, "U.S.").countryCode());
    assertTrue(place(r, "Iraq").isEmpty(), "Iraq inside an organisation name is no place: " + r.places());
    assertEquals("CH", first(r, "Geneva").countryCode());
  }

  @Test
  void placeHeadingAnOrganisationNameCountsButGenericWordsDoNot() {
    GeoResult r = geocode("The Gainesville Police Department said a car hit a pole on Main Street near the "
        + "Hall County line.");
    assertTrue(place(r, "Gainesville").isPresent(), r.places().toString());
    assertTrue(place(r, "Street").isEmpty(), r.places().toString());
    assertTrue(place(r, "Main Street").isEmpty(), r.places().toString());
  }

  @Test
  void smallTownResolvesNearTheOtherPlacesOfTheArticle() {
    // a local paper: no state named, but the neighbouring towns are all in central Ohio
    GeoResult r = geocode("Dublin police said the crash closed the road between Worthington and Hilliard for "
        + "two hours. A driver from Delaware was treated at a hospital in Westerville.");
    Place dublin = first(r, "Dublin");
    assertEquals("US", dublin.countryCode(), r.places().toString());
    assertEquals(Optional.of("OH"), dublin.admin1());
    GeoResult ireland = geocode("Dublin police said the crash closed the road between Swords and Malahide.");
    assertEquals("IE", first(ireland, "Dublin").countryCode(), ireland.places().toString());
  }

  @Test
  void neighbouringTownsSupportEachOtherAgainstBigNamesakes() {
    // each name alone goes to a bigger namesake (Rome, Italy; Athens, Greece); together they are north Georgia
    GeoResult r = geocode("Firefighters from Rome, Calhoun and Cartersville fought the blaze, and crews from "
        + "Athens and Dalton arrived later.");
    assertEquals("US", first(r, "Rome").countryCode(), r.places().toString());
    assertEquals(Optional.of("GA"), first(r, "Rome").admin1());
    assertEquals(Optional.of("GA"), first(r, "Athens").admin1());
    GeoResult europe = geocode("Ministers flew from Rome to Athens for the talks on Monday.");
    assertEquals("IT", first(europe, "Rome").countryCode(), europe.places().toString());
  }

  @Test
  void emptyGarbledAndUnknownTextsYieldNothing() {
    assertEquals(GeoResult.empty(), geocode(""));
    assertTrue(geocode("%%%% 1234 ??? ### \u0000\u0007 ...").places().isEmpty());
    assertTrue(geocode("The Zorbulon Fnargh council met in Qwxyzville Prrt on Monday.").places().isEmpty());
    assertTrue(geocode("we went to the store and bought some bread.").places().isEmpty());
  }

  @Test
  void resolvesGivenSpansOnlyAndSkipsUnknownOnes() {
    String text = "Officials in Idlib, Syria, said Qwxyzville Prrt was shelled.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<TextSpan> spans = List.of(TextSpan.of(text, 13, 18), TextSpan.of(text, 32, 46));
    List<Place> places = GEO.resolve(Article.of("t", text), doc, spans);
    assertEquals(1, places.size(), places.toString());
    assertEquals("SY", places.get(0).countryCode());
    assertEquals(13, places.get(0).mention().start());
  }

  @Test
  void givenSpansOfInhabitantsAndAbbreviationsResolveToTheirPlace() {
    String text = "Ohioans and a Texan joined Londoners in NSW, said a man from Buffalo, NY on Monday.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<String> written = List.of("Ohioans", "Texan", "Londoners", "NSW", "NY");
    List<TextSpan> spans = written.stream().map(w -> TextSpan.of(text, text.indexOf(w), text.indexOf(w) + w.length()))
        .toList();
    List<Place> places = GEO.resolve(Article.of("t", text), doc, spans);
    assertEquals(5, places.size(), places.toString());
    assertEquals(Optional.of("OH"), places.get(0).admin1());
    assertEquals(Optional.of("TX"), places.get(1).admin1());
    assertEquals("London", places.get(2).name());
    assertEquals("AU", places.get(3).countryCode());
    assertEquals("ADM1", places.get(4).featureCode());
    assertEquals(Optional.of("NY"), places.get(4).admin1());
  }

  @Test
  void givenSpanIsNotResolvedByAGenericWordAlone() {
    String text = "Flooding closed roads around Qwxyz Lake and the Zorbul Valley.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<TextSpan> spans = List.of(TextSpan.of(text, 29, 39), TextSpan.of(text, 48, 61));
    assertEquals("Qwxyz Lake", spans.get(0).text());
    assertEquals("Zorbul Valley", spans.get(1).text());
    assertTrue(GEO.resolve(Article.of("t", text), doc, spans).isEmpty());
  }

  @Test
  void givenStreetIsNotResolvedToThePlaceItIsNamedAfter() {
    String text = "Crews repaved Washington Drive in Arlington on Monday.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<TextSpan> spans = List.of(TextSpan.of(text, 14, 30));
    assertEquals("Washington Drive", spans.get(0).text());
    assertTrue(GEO.resolve(Article.of("t", text), doc, spans).isEmpty());
  }

  @Test
  void explanationsAddUpAndChooseTheFirstCandidate() {
    String text = "Heavy rain flooded Springfield, Illinois, on Friday.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<GeoExplanation> ex = GEO.explain(Article.of("t", text), doc);
    GeoExplanation springfield = ex.stream().filter(e -> e.mention().text().equals("Springfield")).findFirst()
        .orElseThrow();
    assertTrue(springfield.candidates().size() > 1, "Springfield is ambiguous");
    GeoCandidate best = springfield.candidates().get(0);
    assertEquals(springfield.chosen().getAsLong(), best.geonameId());
    assertEquals("IL", best.admin1());
    assertTrue(best.terms().containsKey("containment"), best.terms().toString());
    for (GeoCandidate c : springfield.candidates()) {
      double sum = c.terms().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(sum, c.score(), 0.001, c.toString());
    }
    assertFalse(ex.isEmpty());
  }

  @Test
  void focusRanksTheMostMentionedCountryFirst() {
    GeoResult r = geocode("Shelling hit Aleppo and Homs overnight. Syria's army said rebels in Idlib had "
        + "fired first; Turkey called for calm.");
    assertEquals("SY", r.focus().get(0).countryCode());
    assertEquals("COUNTRY", r.focus().get(0).level());
  }
}

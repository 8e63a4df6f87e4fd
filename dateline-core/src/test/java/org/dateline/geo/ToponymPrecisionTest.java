package org.dateline.geo;

import static org.dateline.geo.GeocoderTest.first;
import static org.dateline.geo.GeocoderTest.geocode;
import static org.dateline.geo.GeocoderTest.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.entities.EntityExtractor;
import org.dateline.model.Article;
import org.dateline.model.PlaceType;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** Words that look like places in a gazetteer but are not place mentions in the text. */
class ToponymPrecisionTest {
  @Test
  void capitalisedCommonWordsAreNoPlacesWithoutNerSupport() {
    GeoResult r = geocode("Fed Chair Laura Benton told the Federal Reserve board on Tuesday that a Western diplomat "
        + "had called. The Superior Electoral Court in Brasilia rejected the appeal.");
    assertTrue(place(r, "Chair").isEmpty(), r.places().toString());
    assertTrue(place(r, "Federal").isEmpty(), r.places().toString());
    assertTrue(place(r, "Western").isEmpty(), r.places().toString());
    assertTrue(place(r, "Superior").isEmpty(), r.places().toString());
    assertEquals("BR", first(r, "Brasilia").countryCode());
  }

  @Test
  void countriesThatAreAlsoCommonWordsStayPlaces() {
    GeoResult r = geocode("Turkey and China signed a trade deal on Monday, officials in Ankara said.");
    assertEquals("TR", first(r, "Turkey").countryCode());
    assertEquals("CN", first(r, "China").countryCode());
  }

  @Test
  void acronymsArePlacesOnlyThroughTheAbbreviationTables() {
    GeoResult r = geocode("The U.N. envoy met U.S. officials in Geneva. NATO and the EU sent observers.");
    assertTrue(place(r, "U.N.").isEmpty(), r.places().toString());
    assertTrue(place(r, "NATO").isEmpty(), r.places().toString());
    assertTrue(place(r, "EU").isEmpty(), r.places().toString());
    assertEquals("US", first(r, "U.S.").countryCode());
  }

  @Test
  void aPlaceNameThatNamesAStreetIsNoMention() {
    GeoResult r = geocode("Crews repaved Washington Drive and Cooper Street in Arlington, Texas, on Monday.");
    assertTrue(place(r, "Washington").isEmpty(), r.places().toString());
    assertTrue(place(r, "Cooper").isEmpty(), r.places().toString());
    assertEquals("US", first(r, "Arlington").countryCode());
  }

  @Test
  void aSentenceFinalInitialismAndAPossessiveInAFullNameAreStillTheCountry() {
    GeoResult r = geocode("Officials of the People's Republic of China met on Monday. The vaccine was approved in "
        + "the U.S. It ships next week.");
    assertEquals("CN", first(r, "People's Republic of China").countryCode());
    assertEquals("US", first(r, "U.S").countryCode(), "the period that ends the sentence also ends U.S.");
  }

  @Test
  void aPersonsNameIsNoPlace() {
    String text = "Clinton invited Trump critic Mark Cuban to a rally in Dallas. Cuban said he backed the mayor.";
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    Article a = Article.of("t", text);
    GeoResult r = Geocoder.standard().geocode(a, doc, EntityExtractor.standard().extract(a, doc));
    assertTrue(r.places().stream().noneMatch(p -> p.countryCode().equals("CU")), r.places().toString());
    assertEquals("US", first(r, "Dallas").countryCode());
  }

  @Test
  void titlesBeforeNamesAndInstitutionsNamedAfterPeopleAreNoPlaces() {
    GeoResult r = geocode("Sens. John McCain and Lindsey Graham met a fellow at the Brookings Institution in "
        + "Washington. Researchers at Boston University agreed.");
    assertTrue(place(r, "Sens").isEmpty() && place(r, "Sens.").isEmpty(), r.places().toString());
    assertTrue(place(r, "Brookings").isEmpty(), r.places().toString());
    assertEquals("US", first(r, "Boston").countryCode());
  }

  @Test
  void aCapitalAfterAPrepositionIsNoGovernment() {
    GeoResult r = geocode("Officials in Havana declined to comment. Moscow said it would respond.");
    assertEquals(PlaceType.LITERAL, first(r, "Havana").type());
    assertEquals(PlaceType.METONYMIC, first(r, "Moscow").type());
  }

  @Test
  void focusListsACityAndItsNamesakeRegionOnce() {
    GeoResult r = geocode("TOKYO (Dateline) - Officials in Tokyo said the trains were running again.");
    assertEquals(1, r.focus().stream().filter(f -> f.name().equals("Tokyo")).count(), r.focus().toString());
  }

  @Test
  void anAllCapitalsDatelineIsALiteralPlace() {
    GeoResult r = geocode("NAIROBI (Dateline) - Kenya declared a drought emergency on Monday.");
    assertEquals(PlaceType.LITERAL, first(r, "NAIROBI").type());
    assertEquals("KE", first(r, "NAIROBI").countryCode());
  }
}

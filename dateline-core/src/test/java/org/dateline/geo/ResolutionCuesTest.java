package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dateline.geo.Toponym.Scope;
import org.dateline.model.Article;
import org.dateline.model.Place;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** Words around a mention ({@link Cues}) and lists of peers ({@link Enumerations}) choose the kind of place. */
class ResolutionCuesTest {
  private static final Geocoder GEO = Geocoder.standard();

  private static Scope scope(String text, String name) {
    int s = text.indexOf(name);
    return Cues.scope(text, s, s + name.length());
  }

  /** Resolves the given names as spans (the first occurrence of each), in order. */
  private static List<Place> resolve(String text, String... names) {
    NlpDoc doc = NlpEngine.corenlp(Profile.FAST).annotate(text);
    List<TextSpan> spans = java.util.Arrays.stream(names)
        .map(w -> TextSpan.of(text, text.indexOf(w), text.indexOf(w) + w.length())).toList();
    return GEO.resolve(Article.of("t", text), doc, spans);
  }

  @Test
  void aPlaceHeadingAnOrganisationNameIsWhereTheBodySits() {
    String text = "The Dublin Arts Council gave $5,000 to the Dublin Singers, a chorus registered with the State "
        + "of Ohio.";
    List<Place> places = resolve(text, "Dublin", "Ohio");
    assertEquals(org.dateline.model.PlaceType.LITERAL, places.get(0).type(), places.toString());
    assertEquals("US", places.get(0).countryCode(), places.toString());
  }

  @Test
  void aPlaceBearingTheNameBeatsOneKnownByItOnlyAsAnOldName() {
    String text = "Police in Philadelphia arrested two men on Monday.";
    List<Place> places = resolve(text, "Philadelphia");
    assertEquals("US", places.get(0).countryCode(), "Amman was once Philadelphia: " + places);
  }

  @Test
  void aSectionOfACityAsBigAsACityCountsAsOne() {
    List<Place> places = resolve("Film crews returned to Hollywood on Monday.", "Hollywood");
    assertEquals(java.util.Optional.of("CA"), places.get(0).admin1(), places.toString());
  }

  @Test
  void administrativeHeadsAroundANameMakeItAUnit() {
    assertEquals(Scope.ADMIN, scope("The cow came from a Washington state farm.", "Washington"));
    assertEquals(Scope.ADMIN, scope("The first case was found in the state of Washington in 2003.", "Washington"));
    assertEquals(Scope.ADMIN, scope("Troops shelled Idlib province overnight.", "Idlib"));
    assertEquals(Scope.ANY, scope("Researchers at Washington State University said.", "Washington"));
    assertEquals(Scope.ANY, scope("Parks in the Charlotte region will close.", "Charlotte"));
    assertEquals(Scope.ANY, scope("A photo released by the Department of Oakland Police.", "Oakland"));
  }

  @Test
  void givenSpanBeforeStateIsTheState() {
    List<Place> p = resolve("The first case was found in a cow from a Washington state farm, officials said.",
        "Washington");
    assertEquals("ADM1", p.get(0).featureCode());
    assertEquals(Optional.of("WA"), p.get(0).admin1());
  }

  @Test
  void listsOfStatesAreStatesNotTownsInTheNextOne() {
    List<Place> p = resolve("Cases were reported in Georgia, Oklahoma, Pennsylvania and Wisconsin on Friday.",
        "Georgia", "Oklahoma", "Pennsylvania", "Wisconsin");
    assertEquals(4, p.size(), p.toString());
    assertEquals("US", p.get(0).countryCode());
    assertEquals("ADM1", p.get(1).featureCode());
    assertEquals(Optional.of("OK"), p.get(1).admin1());
    List<Place> w = resolve("Illnesses were confirmed in Utah, Virginia, Washington and Wyoming.",
        "Utah", "Virginia", "Washington", "Wyoming");
    assertEquals(Optional.of("WA"), w.get(2).admin1());
  }

  @Test
  void aCountryNameAloneIsTheCountryNotItsCapital() {
    List<Place> p = resolve("Schools in Mexico City closed as officials in Mexico urged calm.", "Mexico City",
        "Mexico");
    assertEquals("PPLC", p.get(0).featureCode());
    assertEquals("PCLI", p.get(1).featureCode());
  }

  @Test
  void aLoneDirectionWordTakesTheNameThatCompletesIt() {
    List<Place> p = resolve("Frogs are dying across Central and South America, researchers said.", "Central",
        "South America");
    assertEquals("Central America", p.get(0).name());
  }

  @Test
  void aListWithRepeatedCountsIsStillAList() {
    List<Place> p = resolve("Of the cases, twelve are in Ontario, eight in Alberta, one in Manitoba and one in "
        + "Quebec.", "Ontario", "Alberta", "Manitoba", "Quebec");
    assertEquals("ADM1", p.get(3).featureCode());
  }

  @Test
  void townsWithTheirStatesAreNoList() {
    List<Place> p = resolve("Crews worked in Ames, Iowa, and Lincoln, Nebraska, on Monday.",
        "Ames", "Iowa", "Lincoln", "Nebraska");
    assertEquals(Optional.of("IA"), p.get(0).admin1());
    assertEquals("PPLA", p.get(2).featureCode());
    assertEquals(Optional.of("NE"), p.get(2).admin1());
  }
}

package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.model.Place;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Acceptance on the seed wire report in ../shared (skipped when the folder is absent). */
class SeedReportTest {
  @Test
  void seedReportPlacesAndFocus() throws IOException {
    Path seed = Path.of(System.getProperty("dateline.shared", "../shared"), "data/seed/000_30723932e1d335c3.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "shared seed report not found at " + seed + "; skipping");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    GeoResult r = GeocoderTest.geocode(text);
    assertEquals("SY", GeocoderTest.first(r, "Idlib").countryCode());
    assertEquals("RU", GeocoderTest.first(r, "Sochi").countryCode());
    assertEquals("VN", GeocoderTest.first(r, "Da Nang").countryCode());
    assertEquals("CH", GeocoderTest.first(r, "Geneva").countryCode());
    Set<String> countries = r.places().stream().filter(p -> p.featureCode().startsWith("PCL"))
        .map(Place::countryCode).collect(Collectors.toSet());
    assertTrue(countries.containsAll(Set.of("SY", "TR", "RU", "VN", "US")), countries.toString());
    assertTrue(GeocoderTest.place(r, "Iraq").isEmpty(), "no Iraq inside 'Islamic State of Iraq and Syria'");
    assertEquals("SY", r.focus().get(0).countryCode());
  }
}

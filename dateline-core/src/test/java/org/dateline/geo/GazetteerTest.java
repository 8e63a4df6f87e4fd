package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer parse(String tsv) throws IOException {
    return Gazetteer.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void keysIgnoreCaseAccentsPunctuationAndHyphens() {
    assertEquals("st louis", Gazetteer.key("St. Louis"));
    assertEquals("geneve", Gazetteer.key("Genève"));
    assertEquals("us", Gazetteer.key("U.S."));
    assertEquals("deir ez zor", Gazetteer.key("Deir  ez-Zor"));
    assertEquals("washington dc", Gazetteer.key("Washington, D.C."));
    assertEquals("", Gazetteer.key(" .- "));
  }

  @Test
  void loadsEntriesNamesAndDemonyms() throws IOException {
    Gazetteer g = parse("# header\n"
        + "-1\tSyria\t35\t38\tPCLI\tSY\t\t\t8000000\tSyrian Arab Republic\tSyrian\n"
        + "-2\tIdlib\t35.8\t36.6\tADM1\tSY\t12\t\t400000\t\t\n"
        + "169389\tIdlib\t35.93\t36.63\tPPLA\tSY\t12\t\t128840\tIdleb\t\n");
    assertEquals(3, g.size());
    assertEquals(2, g.lookup("idlib").length);
    assertEquals(169389, g.id(g.lookup("idleb")[0]));
    assertEquals(0, g.demonym("syrian"));
    assertEquals(0, g.country("SY"));
    assertEquals(1, g.admin1("SY", "12"));
    assertEquals("P", g.featureClass(2));
    assertEquals(Gazetteer.Level.ADMIN1, g.level(1));
    assertEquals(-1, g.country("XX"));
    assertEquals(0, g.lookup("atlantis").length);
  }

  @Test
  void binaryFormRoundTripsTheTsv() throws IOException {
    Gazetteer g = parse("-1\tTurkey\t39\t35\tPCLI\tTR\t\t\t80000000\tturkiye|republic of turkey\tTurkish\n"
        + "2660646\tGeneva\t46.2022\t6.1457\tPPLA\tCH\tGE\t2500\t183981\tgeneve|genf\t\n"
        + "4063926\tGeneva\t31.033\t-85.8638\tPPLA2\tUS\tAL\t061\t4460\t\t\n");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    GazetteerFormat.writeBinary(g.tables(), out);
    Gazetteer b = new Gazetteer(GazetteerFormat.readBinary(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(3, b.size());
    assertEquals(2, b.lookup("geneva").length);
    assertEquals(2660646, b.id(b.lookup("genf")[0]));
    assertEquals("Geneva", b.name(1));
    assertEquals(46.2022, b.lat(1), 1e-9);
    assertEquals(183981, b.population(1));
    assertEquals("061", b.admin2(2));
    assertEquals(0, b.demonym("turkish"));
    assertEquals(0, b.country("TR"));
    assertEquals(0, b.lookup("turkiye")[0]);
    assertEquals(0, b.lookup("paris").length);
    assertThrows(IOException.class, () -> GazetteerFormat.readBinary(new ByteArrayInputStream(new byte[16])));
  }

  @Test
  void malformedLinesNameTheirEntry() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("-1\tSyria\t35\t38\tPCLI\tSY\n"));
    assertTrue(e.getMessage().contains("test.tsv entry 1"), e.getMessage());
    IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
        () -> parse("x\tSyria\t35\t38\tPCLI\tSY\t\t\t1\t\t\n"));
    assertTrue(n.getMessage().contains("bad number"), n.getMessage());
  }

  @Test
  void sharedGazetteerHasCountriesRegionsAndCities() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(g.size() > 200_000, "entries: " + g.size());
    assertEquals("US", g.countryCode(g.demonym("american")), "American is the United States, not a territory");
    assertEquals("SY", g.countryCode(g.country("SY")));
    assertTrue(g.admin1("US", "TX") >= 0);
    assertTrue(g.lookup("middle east").length > 0);
    assertTrue(g.lookup("europe").length > 0);
  }

  @Test
  void canonicalNamesAreEnglishAndLocalFormsStayAlternates() {
    Gazetteer g = Gazetteer.shared();
    assertEquals("Turkey", g.name(g.country("TR")));
    assertTrue(java.util.Arrays.stream(g.lookup("turkiye")).anyMatch(e -> e == g.country("TR")));
    int geneva = java.util.Arrays.stream(g.lookup("geneve")).filter(e -> g.featureCode(e).equals("PPLA"))
        .findFirst().orElseThrow();
    assertEquals("Geneva", g.name(geneva));
  }

  @Test
  void adminUnitsAnswerToTheirNameWithoutAGenericHead() {
    // GeoNames writes "Province of Pangasinan", "Kabupaten Karo"; news writes "Pangasinan", "Karo"
    Gazetteer g = Gazetteer.shared();
    assertTrue(java.util.Arrays.stream(g.lookup("pangasinan"))
        .anyMatch(e -> g.level(e) == Gazetteer.Level.ADMIN2 && g.countryCode(e).equals("PH")));
    assertTrue(java.util.Arrays.stream(g.lookup("karo"))
        .anyMatch(e -> g.level(e) == Gazetteer.Level.ADMIN2 && g.countryCode(e).equals("ID")));
    assertTrue(java.util.Arrays.stream(g.lookup("samburu"))
        .anyMatch(e -> g.level(e) == Gazetteer.Level.ADMIN1 && g.countryCode(e).equals("KE")), "Samburu County");
    assertTrue(java.util.Arrays.stream(g.lookup("south darfur")).anyMatch(e -> g.level(e) == Gazetteer.Level.ADMIN1),
        "GeoNames writes Southern Darfur");
  }

  @Test
  void adminPointsIgnoreStrayMembersFiledUnderTheWrongUnit() {
    // a few towns GeoNames files under Hebei lie 2,000 km west of it; its point stays near Shijiazhuang and Tianjin
    Gazetteer g = Gazetteer.shared();
    int hebei = java.util.Arrays.stream(g.lookup("hebei")).filter(e -> g.level(e) == Gazetteer.Level.ADMIN1)
        .findFirst().orElseThrow();
    assertTrue(Proximity.km(g.lat(hebei), g.lon(hebei), 38.5, 116.0) < 161, g.lat(hebei) + "," + g.lon(hebei));
  }

  @Test
  void countryPointsAreGeoNamesPoints() {
    // a country keeps the factbook point GeoNames shares (China at 35N 105E), not a nudged one
    Gazetteer g = Gazetteer.shared();
    int cn = g.country("CN");
    assertEquals(0, Proximity.km(g.lat(cn), g.lon(cn), 35, 105), 1, g.lat(cn) + "," + g.lon(cn));
    int us = g.country("US");
    assertEquals(0, Proximity.km(g.lat(us), g.lon(us), 39.76, -98.5), 1, g.lat(us) + "," + g.lon(us));
  }

  @Test
  void adminPointsLeanTowardsWhereThePeopleLive() {
    // the middle of Virginia's towns lies in the Blue Ridge; its people live towards Richmond and the coast
    Gazetteer g = Gazetteer.shared();
    int va = g.admin1("US", "VA");
    assertTrue(Proximity.km(g.lat(va), g.lon(va), 37.54, -77.44) < 161, g.lat(va) + "," + g.lon(va));
    // Alberta is 1,300 km long: it keeps the middle of its towns' extent, north of Edmonton, not its people's south
    int ab = g.admin1("CA", "01");
    assertTrue(g.lat(ab) > 53.6, g.lat(ab) + "," + g.lon(ab));
  }

  @Test
  void formerCountryNamesFindThePresentCountry() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(java.util.Arrays.stream(g.lookup("zaire")).anyMatch(e -> e == g.country("CD")));
    assertTrue(java.util.Arrays.stream(g.lookup("ceylon")).anyMatch(e -> e == g.country("LK")));
  }

  @Test
  void saintAndMountAreFoundWrittenEitherWay() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(java.util.Arrays.stream(g.lookup("st marc")).anyMatch(e -> g.countryCode(e).equals("HT")));
    assertTrue(java.util.Arrays.stream(g.lookup("saint louis"))
        .anyMatch(e -> g.countryCode(e).equals("US") && g.admin1(e).equals("MO")));
    assertEquals(0, g.lookup("st qwxyzville").length);
  }

  @Test
  void countryPointsFollowGeoNamesConvention() {
    // GeoNames' country features (and the CIA factbook) put Canada at 60N 96W, China at 35N 105E, the US at
    // 39.76N 98.5W: a point compiled elsewhere (an outline centroid) would score hundreds of km off
    Gazetteer g = Gazetteer.shared();
    assertTrue(km(g, g.country("CA"), 60, -96) < 161);
    assertTrue(km(g, g.country("CN"), 35, 105) < 161);
    assertTrue(km(g, g.country("US"), 39.76, -98.5) < 161);
    assertTrue(km(g, g.country("NZ"), -42, 174) < 161);
  }

  private static double km(Gazetteer g, int e, double lat, double lon) {
    return Proximity.km(g.lat(e), g.lon(e), lat, lon);
  }
}

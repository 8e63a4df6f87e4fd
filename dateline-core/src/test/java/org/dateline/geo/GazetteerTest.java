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
}

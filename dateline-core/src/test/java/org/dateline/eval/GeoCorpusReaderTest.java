package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dateline.ingest.InputException;
import org.junit.jupiter.api.Test;

class GeoCorpusReaderTest {
  private static GeoCorpusReader.Corpus read(String xml) {
    return GeoCorpusReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  @Test
  void readsLglStyle() {
    GeoCorpusReader.Corpus c = read("<articles><article docid=\"7\"><title>x</title>"
        + "<text><![CDATA[Floods in Lyon, France.]]></text><toponyms><toponym><start>10</start><end>14</end>"
        + "<phrase>Lyon</phrase><gaztag geonameid=\"2996944\"><name>Lyon</name><lat>45.75</lat><lon>4.85</lon>"
        + "<country geonameid=\"3017382\">France</country></gaztag></toponym>"
        + "<toponym><start>16</start><end>22</end><phrase>France</phrase></toponym></toponyms></article></articles>");
    assertEquals(1, c.articles().size());
    GeoGoldArticle a = c.articles().get(0);
    assertEquals("7", a.id());
    assertEquals(2, a.toponyms().size());
    GeoGoldToponym lyon = a.toponyms().get(0);
    assertEquals(2996944L, lyon.geonameId().getAsLong());
    assertEquals(45.75, lyon.lat(), 1e-9);
    assertTrue(lyon.hasPoint());
    assertFalse(a.toponyms().get(1).hasPoint(), "a toponym without gaztag has no point");
  }

  @Test
  void readsGeoVirusStyleAndRealignsOneBasedOffsets() {
    GeoCorpusReader.Corpus c = read("<articles><article><source>http://x</source><text>Cases rose in Pandi, "
        + "Bulacan.</text><locations><location><name>Pandi</name><start>15</start><end>20</end><lat>14.87</lat>"
        + "<lon>120.95</lon><page>http://y</page></location></locations></article></articles>");
    GeoGoldToponym t = c.articles().get(0).toponyms().get(0);
    assertEquals(14, t.start(), "offset realigned on the annotated name");
    assertEquals("Pandi", c.articles().get(0).text().substring(t.start(), t.end()));
    assertTrue(t.geonameId().isEmpty());
  }

  @Test
  void readsGeoWebNewsStyle() {
    GeoCorpusReader.Corpus c = read("<articles><article id=\"3\"><text>Rain in Oslo.</text><toponyms><toponym>"
        + "<start>8</start><end>12</end><type>Literal</type><geonamesID>3143244</geonamesID>"
        + "<latitude>59.91</latitude><longitude>10.75</longitude></toponym></toponyms></article></articles>");
    GeoGoldToponym t = c.articles().get(0).toponyms().get(0);
    assertEquals(3143244L, t.geonameId().getAsLong());
    assertEquals(10.75, t.lon(), 1e-9);
  }

  @Test
  void unusableToponymsAreSkippedAndCounted() {
    GeoCorpusReader.Corpus c = read("<articles><article><text>Short.</text><toponyms>"
        + "<toponym><start>2</start><end>99</end></toponym>"
        + "<toponym><start>x</start><end>3</end></toponym>"
        + "<toponym><start>0</start><end>5</end><lat>95</lat><lon>0</lon></toponym>"
        + "<toponym><start>0</start><end>5</end><lat>1</lat><lon>2</lon></toponym>"
        + "</toponyms></article></articles>");
    assertEquals(3, c.skipped());
    assertEquals(1, c.toponyms());
  }

  @Test
  void malformedXmlFailsWithTypedErrorNamingTheSource() {
    InputException e = assertThrows(InputException.class, () -> read("<articles><article><text>x</articles>"));
    assertEquals(InputException.Kind.MALFORMED, e.kind());
    assertTrue(e.getMessage().startsWith("test.xml"), e.getMessage());
    assertTrue(e.position().isPresent());
  }

  @Test
  void randomGarbageNeverEscapesAsAnUntypedError() {
    Random rnd = new Random(42);
    String alphabet = "<>/=\"' abctexrilongmp0123456789&;![]CDATA-\n";
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder(i % 3 == 0 ? "<articles><article><text>" : "");
      int n = rnd.nextInt(200);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      try {
        GeoCorpusReader.Corpus c = read(b.toString());
        for (GeoGoldArticle a : c.articles()) {
          for (GeoGoldToponym t : a.toponyms()) {
            assertTrue(t.end() <= a.text().length());
          }
        }
      } catch (InputException expected) {
        assertEquals(InputException.Kind.MALFORMED, expected.kind());
      }
    }
  }
}

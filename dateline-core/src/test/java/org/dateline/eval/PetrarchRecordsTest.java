package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.eval.PetrarchRecords.GoldEvent;
import org.dateline.eval.PetrarchRecords.Record;
import org.junit.jupiter.api.Test;

/** Reading PETRARCH validation XML. */
class PetrarchRecordsTest {
  private static final String XML = """
      <Validation><Sentences>
      <Sentence date="20180917" id="T-1" category="DEMO">
      <!-- a comment -->
      <EventCoding sourcecode="AAA" targetcode="BBB" eventcode="046"></EventCoding>
      <EventCoding sourcecode="BBB" targetcode="AAA" eventcode="046"></EventCoding>
      <Text>
      Aland and Bland held
        talks.
      </Text>
      <Parse>(ROOT (S ...))</Parse>
      </Sentence>
      <Sentence date="20180918" id="T-2" category="DEMO"><EventCoding noevents = "True"></EventCoding>
      <Text>Nothing happened.</Text></Sentence>
      <Sentence date="x" id="T-3" category="ERROR"><EventCoding error="discard"></EventCoding><Text>Skip.</Text></Sentence>
      </Sentences></Validation>
      """;

  static List<Record> read(String xml) throws IOException, PetrarchRecords.FormatException {
    return PetrarchRecords.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  @Test
  void readsCodingsNoEventsAndText() throws Exception {
    List<Record> r = read(XML);
    assertEquals(3, r.size());
    assertEquals("Aland and Bland held talks.", r.get(0).text());
    assertEquals(Optional.of(LocalDate.of(2018, 9, 17)), r.get(0).date());
    assertEquals(List.of(new GoldEvent("AAA", "BBB", "046"), new GoldEvent("BBB", "AAA", "046")), r.get(0).events());
    assertTrue(r.get(1).noEvents());
    assertTrue(r.get(1).scored());
    assertFalse(r.get(2).scored());
    assertEquals(Optional.empty(), r.get(2).date());
  }

  @Test
  void malformedXmlReportsPosition() {
    PetrarchRecords.FormatException e = assertThrows(PetrarchRecords.FormatException.class,
        () -> read("<Validation>\n<Sentence id='x'>\n</Validation>"));
    assertTrue(e.getMessage().startsWith("test.xml:3:"), e.getMessage());
    assertThrows(PetrarchRecords.FormatException.class, () -> read("<V><Sentence id='x'></Sentence></V>"));
  }

  @Test
  void randomBytesFailWithAFormatError() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[random.nextInt(60)];
      random.nextBytes(b);
      String s = i % 2 == 0 ? new String(b, StandardCharsets.ISO_8859_1) : "<V><Sentence>" + new String(b, StandardCharsets.ISO_8859_1);
      try {
        read(s);
      } catch (PetrarchRecords.FormatException | IOException expected) {
        // typed error
      }
    }
  }
}

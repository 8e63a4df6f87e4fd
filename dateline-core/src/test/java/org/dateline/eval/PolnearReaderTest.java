package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {
  static final String TEXT = "\"We won,\" Ada Moss said. \"It was close.\"\nThe mayor said taxes would fall.";
  static final String ANN = String.join("\n",
      "T1\tContent 0 9;25 40\t\"We won,\" \"It was close.\"",
      "T2\tSource 10 18\tAda Moss",
      "T3\tCue 19 23\tsaid",
      "T4\tAttribution 19 23\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
      "#1\tAnnotatorNotes T1\ta note",
      "T5\tCue 51 55\tsaid",
      "T6\tContent 56 72\ttaxes would",
      "fall",
      "E2\tAttribution:T5 Content:T6 Cue:T5",
      "");

  @Test
  void parsesDiscontinuousSpansNotesAndWrappedLines() {
    List<PolnearRelation> rels = PolnearReader.parse("a.ann", ANN);
    assertEquals(2, rels.size());
    assertEquals(List.of(new PolnearRelation.Segment(0, 9), new PolnearRelation.Segment(25, 40)), rels.get(0).content());
    assertEquals(List.of(new PolnearRelation.Segment(10, 18)), rels.get(0).source());
    assertTrue(rels.get(1).source().isEmpty());
  }

  @Test
  void numberedRolesAddSegmentsToTheirRole() {
    List<PolnearRelation> rels = PolnearReader.parse("a.ann",
        "T1\tContent 20 30\tx\nT2\tSource 0 4\tx\nT3\tCue 5 9\tx\nT4\tContent 10 15\tx\n"
            + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2 Content2:T4\n");
    assertEquals(List.of(new PolnearRelation.Segment(10, 15), new PolnearRelation.Segment(20, 30)),
        rels.get(0).content());
  }

  @Test
  void readsADirectoryWithSeveralAnnotators(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/art_one.txt"), TEXT);
    Files.writeString(dir.resolve("attributions/art_one_aa11.ann"), ANN);
    Files.writeString(dir.resolve("attributions/art_one_bb22.ann"), "");
    Files.writeString(dir.resolve("attributions/orphan_cc33.ann"), ANN);
    List<PolnearArticle> arts = PolnearReader.read(dir);
    assertEquals(1, arts.size());
    assertEquals("art_one", arts.get(0).id());
    assertEquals(List.of("aa11", "bb22"), arts.get(0).annotations().stream().map(PolnearArticle.Annotation::annotator).toList());
  }

  @Test
  void malformedLinesNameFileAndLine() {
    PolnearFormatException e = assertThrows(PolnearFormatException.class,
        () -> PolnearReader.parse("bad.ann", "T1\tCue 9 4\tx\n"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().startsWith("bad.ann:1:"), e.getMessage());
    assertThrows(PolnearFormatException.class, () -> PolnearReader.parse("bad.ann", "T1\tCue 1 4\tx\nE1\tT1\n"));
    assertThrows(IllegalArgumentException.class, () -> PolnearReader.read(Path.of("no/such/dir")));
  }

  @Test
  void randomInputOnlyFailsWithTypedErrors() {
    Random r = new Random(3);
    String alphabet = "TE1234567890 \t;:\nCueSorcntAib-#";
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(80); i > 0; i--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      try {
        PolnearReader.parse("random.ann", sb.toString());
      } catch (PolnearFormatException expected) {
        assertTrue(expected.line() >= 1);
      }
    }
  }
}

package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.pipeline.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {
  private static String run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  /** A PolNeAR-layout directory with one article and one annotation file per annotator. */
  private static void corpus(Path dir, String id, String text, String... anns) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/" + id + ".txt"), text);
    for (int i = 0; i < anns.length; i++) {
      Files.writeString(dir.resolve("attributions/" + id + "_a" + (i + 1) + ".ann"), anns[i]);
    }
  }

  @Test
  void printsOneJsonObjectWithExactAndOverlapScores(@TempDir Path dir) throws IOException {
    corpus(dir, "wire_one", "\"We will win the vote,\" Ada Moss said.",
        "T1\tContent 0 23\t\"We will win the vote,\"\nT2\tSource 24 32\tAda Moss\nT3\tCue 33 37\tsaid\n"
            + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n");
    JsonNode out = Json.mapper().readTree(run("eval", "quotes", dir.toString(), "--json"));
    assertEquals(1, out.get("articles").asInt());
    assertEquals(1, out.get("relations").asInt());
    for (String role : new String[] {"content", "source", "cue"}) {
      assertEquals(100.0, out.get("exact").get(role).get("f1").asDouble(), role);
      assertEquals(100.0, out.get("overlap").get(role).get("p").asDouble(), role);
    }
  }

  @Test
  void agreementScoresTheAnnotatorsAgainstEachOther(@TempDir Path dir) throws IOException {
    String ann = "T1\tContent 15 31\ttaxes would fall\nT2\tSource 0 9\tThe mayor\nT3\tCue 10 14\tsaid\n"
        + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
    corpus(dir, "wire_two", "The mayor said taxes would fall.", ann,
        ann.replace("Source 0 9\tThe mayor", "Source 4 9\tmayor"));
    JsonNode out = Json.mapper().readTree(run("eval", "quotes", dir.toString(), "--agreement", "--json"));
    assertEquals(1, out.get("articles").asInt());
    assertEquals(2, out.get("relations").asInt());
    assertEquals(100.0, out.get("exact").get("content").get("f1").asDouble());
    assertEquals(0.0, out.get("exact").get("source").get("f1").asDouble());
    assertEquals(100.0, out.get("overlap").get("source").get("f1").asDouble());
    assertTrue(run("eval", "quotes", dir.toString(), "--agreement").startsWith("PolNeAR inter-annotator agreement: 1"));
  }

  @Test
  void multiAnnotatedKeepsOnlyArticlesWithSeveralAnnotationFiles(@TempDir Path dir) throws IOException {
    String ann = "T1\tContent 15 31\ttaxes would fall\nT2\tSource 0 9\tThe mayor\nT3\tCue 10 14\tsaid\n"
        + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
    corpus(dir, "wire_two", "The mayor said taxes would fall.", ann, ann);
    corpus(dir, "wire_one", "The mayor said taxes would fall.", ann);
    JsonNode out = Json.mapper().readTree(run("eval", "quotes", dir.toString(), "--multi-annotated", "--json"));
    assertEquals(1, out.get("articles").asInt());
    assertEquals(2, out.get("relations").asInt());
  }

  @Test
  void aDirectoryWithoutPolnearLayoutIsAUsageError(@TempDir Path dir) {
    assertEquals(2, Main.run("eval", "quotes", dir.toString()));
  }
}

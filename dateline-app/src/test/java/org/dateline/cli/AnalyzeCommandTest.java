package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.pipeline.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  @Test
  void batchReportsBadDocumentsAndGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Foreign Minister Ana Costa said on Monday that Portugal would help.\n");
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.write(in.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 1, 2});
    Files.writeString(in.resolve("d-feed.jsonl"), "{\"id\":\"j1\",\"text\":\"Talks resumed in Geneva.\"}\n{broken\n");
    Path out = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("analyze", in.toString(), "-o", out.toString(),
        "--published", "2024-03-11", "--threads", "2", "-q");
    String err = run.err();
    assertEquals(0, run.exit(), err);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size(), String.join("\n", lines));
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertEquals("a-good.txt", first.get("article").get("id").asText());
    assertEquals("2024-03-11", first.get("dates").get(0).get("resolved").asText());
    assertEquals("j1", Json.mapper().readTree(lines.get(1)).get("article").get("id").asText());
    assertTrue(err.contains("b-empty.txt: empty: document has no text"), err);
    assertTrue(err.contains("c-binary.txt (at 0): binary: content is a ZIP file"), err);
    assertTrue(err.contains("d-feed.jsonl (at 2): malformed"), err);
  }

  @Test
  void aSingleInputThatCannotBeAnalysedIsFatal() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliRun run = CliRun.of("analyze", empty.toString(), "-q");
    String err = run.err();
    assertEquals(1, run.exit());
    assertTrue(err.contains("empty"), err);
  }

  @Test
  void missingInputIsAUsageError() {
    CliRun run = CliRun.of("analyze", dir.resolve("nope.txt").toString());
    String err = run.err();
    assertEquals(2, run.exit());
    assertTrue(err.contains("no such file"), err);
  }

  @Test
  void textFormatSummarisesEntitiesAndDates() throws IOException {
    Path f = Files.writeString(dir.resolve("story.txt"),
        "---\npublished: 2018-09-17\n---\nPentagon spokesman Cmdr. Jake Holloway said Monday that talks went well.\n");
    Path out = dir.resolve("out.txt");
    assertEquals(0, Main.run("analyze", f.toString(), "--format", "text", "-o", out.toString()));
    String text = Files.readString(out);
    assertTrue(text.contains("Jake Holloway  [spokesman, Pentagon, rank Cmdr.]"), text);
    assertTrue(text.contains("-> 2018-09-17 (DAY)"), text);
  }

  @Test
  void aMalformedActorDictionaryIsFatalAndNamed() throws IOException {
    Path text = Files.writeString(dir.resolve("a.txt"), "Talks resumed in Geneva on Monday.\n");
    Path actors = Files.writeString(dir.resolve("actors.txt"), "[actors]\nno equals sign here\n");
    CliRun run = CliRun.of("analyze", text.toString(), "--actors", actors.toString(), "-q");
    String err = run.err();
    assertEquals(1, run.exit());
    assertTrue(err.contains("actors.txt:2: entry must be 'CODES = name; name'"), err);
  }
}

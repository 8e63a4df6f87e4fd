package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed gold files and dictionaries end the command with their source and line, not a stack trace. */
class EvalEventsCommandTest {
  @TempDir Path dir;

  @Test
  void malformedRecordsNameTheFileAndLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("records.xml"), "<Sentences>\n<Sentence id=\"a\">\n</Sentences>\n");
    CliRun run = CliRun.of("eval", "events", bad.toString());
    String err = run.err();
    assertEquals(1, run.exit(), err);
    assertTrue(err.contains("records.xml:3: malformed XML"), err);
    assertFalse(err.contains("\tat "), err);
  }

  @Test
  void malformedActorDictionaryNamesTheFileAndLine() throws IOException {
    Path records = Files.writeString(dir.resolve("records.xml"), "<Sentences></Sentences>\n");
    Path actors = Files.writeString(dir.resolve("actors.txt"), "+ORPHAN SYNONYM\n");
    CliRun run = CliRun.of("eval", "events", records.toString(), "--actors", actors.toString());
    String err = run.err();
    assertEquals(1, run.exit(), err);
    assertTrue(err.contains("actors.txt:1: "), err);
    assertFalse(err.contains("\tat "), err);
  }
}

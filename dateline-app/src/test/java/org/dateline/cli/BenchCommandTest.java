package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command reports its figures (their values depend on the machine, so only their presence and sense). */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void jsonReportCountsArticlesAndSplitsTheCost() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "ANKARA (Reuters) - Turkey's foreign minister said on Tuesday that talks "
        + "with Russia on the northern Syrian province of Idlib would continue.\n");
    Files.writeString(dir.resolve("b.txt"), "GENEVA - A U.N. envoy urged both sides to return to the table, "
        + "according to a statement.\n");
    CliRun run = CliRun.of("bench", dir.toString(), "--threads", "1", "--warmup", "0", "--rounds", "2", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertEquals(2, r.get("articles").asInt());
    assertTrue(r.get("tokens").asLong() > 30, run.out());
    assertTrue(r.get("cpuMsPerArticle").asDouble() > 0, run.out());
    assertTrue(r.get("processCpuMsPerArticle").asDouble() >= r.get("cpuMsPerArticle").asDouble() * 0.5, run.out());
    assertTrue(r.get("nlpStepCpuMsPerArticle").has("pos"), run.out());
    assertTrue(r.get("gcMsPerArticle").asDouble() >= 0, run.out());
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    CliRun run = CliRun.of("bench", dir.resolve("nope").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("nope: no such file or directory"), run.err());
  }
}

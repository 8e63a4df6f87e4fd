package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path tmp;

  @Test
  void ingestsRecursivelySkipsDuplicatesAndListsFailures() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(tmp.resolve("in/oslo.txt"), Samples.OSLO);
    Files.writeString(in.resolve("nairobi.txt"), Samples.NAIROBI);
    Files.writeString(in.resolve("copy-of-oslo.txt"), Samples.OSLO);
    Files.writeString(in.resolve("empty.txt"), "  \n");
    Files.writeString(in.resolve(".hidden.txt"), Samples.PUTIN);
    Path data = tmp.resolve("data");
    AtomicLong committed = new AtomicLong();
    try (KnowledgeBase kb = KnowledgeBase.open(data, false, Samples.CLOCK)) {
      Ingester ing = new Ingester(kb, new FakeAnalyzer(), 2, 1, Samples.CLOCK);
      IngestReport r = ing.run(List.of(tmp.resolve("in"), tmp.resolve("missing")), new Ingester.Listener() {
        @Override
        public void committed(int n, long total) {
          committed.set(total);
        }
      });
      assertEquals(4, r.files());
      assertEquals(3, r.documents());
      assertEquals(2, r.added());
      assertEquals(1, r.duplicates(), "same text under another name is stored once");
      assertEquals(2, r.failures().size(), r.failures().toString());
      assertTrue(r.failures().stream().anyMatch(f -> f.kind().equals("EMPTY") && f.source().endsWith("empty.txt")));
      assertTrue(r.failures().stream().anyMatch(f -> f.source().endsWith("missing")));
      assertEquals(2, committed.get());

      IngestReport again = ing.run(List.of(tmp.resolve("in")), new Ingester.Listener() {});
      assertEquals(0, again.added());
      assertEquals(3, again.duplicates());
      assertEquals(2, kb.indexedArticles());
    }
  }

  @Test
  void analysisFailuresAreCountedAndDoNotStopTheRun() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), Samples.OSLO);
    Files.writeString(tmp.resolve("b.txt"), Samples.NAIROBI);
    try (KnowledgeBase kb = KnowledgeBase.open(tmp.resolve("data"), false, Samples.CLOCK)) {
      FakeAnalyzer fake = new FakeAnalyzer();
      IngestReport r = new Ingester(kb, a -> {
        if (a.id().equals("b.txt")) {
          throw new IllegalStateException("stage broke");
        }
        return fake.apply(a);
      }, 2, 8, Samples.CLOCK).run(List.of(tmp.resolve("a.txt"), tmp.resolve("b.txt")), new Ingester.Listener() {});
      assertEquals(1, r.added());
      assertEquals(List.of(new IngestReport.Failure("b.txt", "ANALYSIS", "IllegalStateException: stage broke")),
          r.failures());
    }
  }
}

package org.dateline.store;

import java.nio.file.Path;
import java.util.List;
import org.dateline.model.AnalyzedArticle;

/** Child JVM of {@link KillSafetyTest}: ingests slowly in batches of 3 and reports each commit on stdout. */
public final class CrashIngestMain {
  private CrashIngestMain() {}

  public static void main(String[] args) {
    FakeAnalyzer fake = new FakeAnalyzer();
    try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]), false, Samples.CLOCK)) {
      new Ingester(kb, a -> slow(fake.apply(a)), 2, 3, Samples.CLOCK).run(List.of(Path.of(args[1])),
          new Ingester.Listener() {
            @Override
            public void committed(int n, long total) {
              System.out.println("COMMITTED " + total);
              System.out.flush();
            }
          });
    }
  }

  private static AnalyzedArticle slow(AnalyzedArticle a) {
    try {
      Thread.sleep(40);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return a;
  }
}

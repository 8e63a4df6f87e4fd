package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.Article;
import org.dateline.nlp.Profile;
import org.dateline.pipeline.Dateline;
import org.dateline.pipeline.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline bench DIR}: throughput of the full pipeline on a directory of articles. Startup is measured from
 * JVM start to the first analysed article; then a warm-up pass, then timed passes on {@code --threads} workers.
 * Per-stage figures are wall milliseconds per article summed over workers; articles/s and tokens/s are wall-clock;
 * CPU ms/article is the workers' thread CPU time, the per-core cost even on a loaded machine, also given per stage
 * and per NLP step (tokenize, pos, lemma, ner, convert); process CPU adds the JVM's own threads (GC, JIT), whose
 * share the per-core figure leaves out, and GC pauses are given apart. Peak heap is the sum of the heap pools' peaks over the whole run, models included.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Measure articles/s, tokens/s, per-stage ms, peak heap and startup time on a directory.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Directory (or file) of articles.")
  Path input;

  @Option(names = "--profile", defaultValue = "fast", description = "NLP profile: fast | accurate (default: ${DEFAULT-VALUE})")
  Profile profile;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", defaultValue = "3",
      description = "Untimed passes before timing; the JIT compiler is still busy after one (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "1", description = "Timed passes (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  /** The figures of one bench run. */
  record Report(String profile, int threads, int articles, int failedInputs, long tokens, double startupMs,
      double modelLoadMs, double seconds, double articlesPerSecond, double tokensPerSecond,
      double cpuMsPerArticle, double articlesPerCpuSecond, Map<String, Double> stageMsPerArticle,
      Map<String, Double> stageCpuMsPerArticle, Map<String, Double> nlpStepCpuMsPerArticle, double peakHeapMb,
      int cores, double processCpuMsPerArticle, double gcMsPerArticle) {}

  private final java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(input)) {
      System.err.println("dateline bench: " + input + ": no such file or directory");
      return 2;
    }
    if (threads < 1 || rounds < 1 || warmup < 0) {
      System.err.println("dateline bench: --threads and --rounds must be >= 1, --warmup >= 0");
      return 2;
    }
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    List<Article> articles = new ArrayList<>();
    int failed = 0;
    for (Path f : Inputs.files(input)) {
      Inputs.Read r = Inputs.read(f);
      articles.addAll(r.articles());
      failed += r.failures().size();
    }
    if (articles.isEmpty()) {
      System.err.println("dateline bench: no readable articles under " + input);
      return 1;
    }
    long t0 = System.nanoTime();
    Dateline dateline = Dateline.create(profile);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    dateline.analyze(articles.get(0));
    double startupMs = System.currentTimeMillis() - jvmStart;
    long tokens = 0;
    for (Article a : articles) {
      tokens += dateline.annotate(a.text()).tokens().size();
    }
    for (int i = 0; i < warmup; i++) {
      runAll(dateline, articles);
    }
    dateline.timings().reset();
    cpuNanos.reset();
    long process0 = processCpuNanos();
    long gc0 = gcMillis();
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      runAll(dateline, articles);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double processCpuMs = (processCpuNanos() - process0) / 1e6;
    double gcMs = gcMillis() - gc0;
    int n = articles.size() * rounds;
    Map<String, Double> stages = perArticle(dateline.timings().millis(), n);
    Map<String, Double> stagesCpu = perArticle(dateline.timings().cpuMillis(), n);
    Map<String, Double> nlpSteps = perArticle(dateline.timings().nlpCpuMillis(), n);
    double cpuMs = cpuNanos.sum() / 1e6;
    Report r = new Report(profile.name(), threads, articles.size(), failed, tokens, startupMs, round(loadMs),
        round(seconds), round(n / seconds), round(tokens * rounds / seconds), round(cpuMs / n),
        round(n / (cpuMs / 1000)), stages, stagesCpu, nlpSteps, round(peakHeapMb()), Runtime.getRuntime().availableProcessors(),
        round(processCpuMs / n), round(gcMs / n));
    System.out.println(json ? toJson(r) : toText(r));
    return 0;
  }

  private void runAll(Dateline dateline, List<Article> articles) throws InterruptedException, ExecutionException {
    if (threads == 1) {
      articles.forEach(a -> timed(dateline, a));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (Article a : articles) {
        fs.add(pool.submit(() -> timed(dateline, a)));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Analyses one article, adding the CPU time its thread spent to {@link #cpuNanos}. */
  private void timed(Dateline dateline, Article a) {
    long c0 = cpu.getCurrentThreadCpuTime();
    dateline.analyze(a);
    cpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
  }

  /** CPU time of the whole JVM (workers, GC, JIT compiler), or 0 where the platform does not report it. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  /** Accumulated collection time of all collectors (wall ms; for the parallel collector, pause time). */
  private static long gcMillis() {
    long ms = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static Map<String, Double> perArticle(Map<String, Double> millis, int n) {
    Map<String, Double> out = new LinkedHashMap<>();
    millis.forEach((k, v) -> out.put(k, round(v / n)));
    return out;
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String toJson(Report r) throws JsonProcessingException {
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r);
  }

  private static String toText(Report r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("dateline bench: profile %s, %d thread(s) on %d core(s), %d articles (%d inputs failed), %d tokens%n",
        r.profile(), r.threads(), r.cores(), r.articles(), r.failedInputs(), r.tokens()));
    b.append(String.format("  startup (JVM start to first answer) %8.0f ms   (model load %.0f ms)%n", r.startupMs(), r.modelLoadMs()));
    b.append(String.format("  throughput %8.2f articles/s  %10.0f tokens/s  (%.2f s timed)%n",
        r.articlesPerSecond(), r.tokensPerSecond(), r.seconds()));
    b.append(String.format("  CPU        %8.2f ms/article  = %.2f articles per CPU-second (per core, unaffected by other load)%n",
        r.cpuMsPerArticle(), r.articlesPerCpuSecond()));
    b.append(String.format("  process CPU %7.2f ms/article  (workers + GC + JIT threads; GC pauses %.2f ms/article)%n",
        r.processCpuMsPerArticle(), r.gcMsPerArticle()));
    stages(b, "  per-stage wall ms/article:", r.stageMsPerArticle());
    stages(b, "%n  per-stage CPU  ms/article:", r.stageCpuMsPerArticle());
    stages(b, "%n  nlp steps CPU  ms/article:", r.nlpStepCpuMsPerArticle());
    b.append(String.format("%n  peak heap %8.0f MB%n", r.peakHeapMb()));
    return b.toString();
  }

  private static void stages(StringBuilder b, String title, Map<String, Double> ms) {
    b.append(String.format(title));
    ms.forEach((k, v) -> b.append(String.format("  %s %.2f", k, v)));
  }
}

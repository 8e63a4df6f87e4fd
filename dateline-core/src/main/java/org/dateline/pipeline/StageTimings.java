package org.dateline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cumulative wall-clock and thread-CPU nanoseconds per stage and per NLP step, safe to update from many threads.
 * CPU time is the per-core cost and, unlike wall time, barely moves when other processes load the machine.
 */
public final class StageTimings {
  public static final String[] STAGES = {"nlp", "entities", "dates", "quotes", "geo", "events", "themes"};
  /** The NLP engine's internal steps (CoreNLP annotators, then conversion to Dateline tokens). */
  public static final String[] NLP_STEPS = {"tokenize", "pos", "lemma", "ner", "convert"};

  private final Map<String, LongAdder> wall = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> cpu = new ConcurrentHashMap<>();

  void add(String stage, long wallNanos, long cpuNanos) {
    wall.computeIfAbsent(stage, k -> new LongAdder()).add(wallNanos);
    cpu.computeIfAbsent(stage, k -> new LongAdder()).add(cpuNanos);
  }

  /** Wall milliseconds per stage in pipeline order. */
  public Map<String, Double> millis() {
    return collect(wall, STAGES, "");
  }

  /** Thread-CPU milliseconds per stage in pipeline order. */
  public Map<String, Double> cpuMillis() {
    return collect(cpu, STAGES, "");
  }

  /** Thread-CPU milliseconds per NLP step ({@link #NLP_STEPS}); their sum is the nlp stage. */
  public Map<String, Double> nlpCpuMillis() {
    return collect(cpu, NLP_STEPS, "nlp.");
  }

  private static Map<String, Double> collect(Map<String, LongAdder> from, String[] keys, String prefix) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String s : keys) {
      LongAdder a = from.get(prefix + s);
      out.put(s, a == null ? 0.0 : a.sum() / 1e6);
    }
    return out;
  }

  public void reset() {
    wall.clear();
    cpu.clear();
  }
}

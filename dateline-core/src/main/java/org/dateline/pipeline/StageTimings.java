package org.dateline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Cumulative wall-clock nanoseconds per stage, safe to update from many threads. */
public final class StageTimings {
  public static final String[] STAGES = {"nlp", "entities", "dates", "quotes", "geo", "events", "themes"};

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Milliseconds per stage in pipeline order. */
  public Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String s : STAGES) {
      LongAdder a = nanos.get(s);
      out.put(s, a == null ? 0.0 : a.sum() / 1e6);
    }
    return out;
  }

  public void reset() {
    nanos.clear();
  }
}

package org.dateline.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Wall and current-thread CPU nanoseconds; CPU reads 0 where the JVM cannot measure it. */
public final class ThreadClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private long wall;
  private long cpu;

  /** A clock started now on the calling thread. */
  public ThreadClock() {
    wall = System.nanoTime();
    cpu = cpuNow();
  }

  /** CPU nanoseconds of the calling thread so far (0 if unsupported). */
  public static long cpuNow() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** Reports the time since the previous lap (or start) to {@code sink} and restarts the clock. */
  public void lap(String name, NlpEngine.StepListener sink) {
    long w = System.nanoTime();
    long c = cpuNow();
    sink.step(name, w - wall, c - cpu);
    wall = w;
    cpu = c;
  }
}

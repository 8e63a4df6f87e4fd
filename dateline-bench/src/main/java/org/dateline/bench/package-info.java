/** JMH benchmarks of Dateline's hot stages; run them with {@code ./dateline jmh StageBenchmarks}. */
package org.dateline.bench;

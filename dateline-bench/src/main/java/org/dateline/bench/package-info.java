/** JMH benchmarks of the hot pipeline stages; run with {@code ./dateline jmh}. */
package org.dateline.bench;

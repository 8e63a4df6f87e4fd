package org.dateline.store;

import java.util.List;

/**
 * What an ingest did: input files, documents read, articles added, documents skipped as already stored (same
 * content hash or URL), per-document failures, wall-clock milliseconds.
 */
public record IngestReport(int files, long documents, long added, long duplicates, List<Failure> failures,
    long millis) {
  public IngestReport {
    failures = List.copyOf(failures);
  }

  /** A document or input that could not be ingested: where, which rule ({@code kind}), and the message. */
  public record Failure(String source, String kind, String message) {}
}

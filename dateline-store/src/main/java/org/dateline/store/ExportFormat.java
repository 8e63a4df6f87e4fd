package org.dateline.store;

/**
 * Export formats. JSONL: one full record per line; CSV and PARQUET: one file per table in a directory;
 * GDELT_EVENTS and GDELT_GKG: tab-separated files in GDELT 2.0 event / GKG 2.1 column order (see docs/cli.md).
 */
public enum ExportFormat { JSONL, CSV, PARQUET, GDELT_EVENTS, GDELT_GKG }

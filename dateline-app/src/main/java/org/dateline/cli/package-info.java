/** The {@code dateline} command line (picocli): analyze, bench, eval, ingest, search, export, serve, demo. */
package org.dateline.cli;

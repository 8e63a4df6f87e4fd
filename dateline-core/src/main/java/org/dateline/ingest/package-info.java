/** Reading articles from plain text, HTML, JSON Lines, WARC and feeds, with typed per-document failures. */
package org.dateline.ingest;

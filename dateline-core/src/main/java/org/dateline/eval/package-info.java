/** Scorers that compare Dateline's output with gold corpora (PolNeAR, LGL/GeoVirus, PETRARCH records). */
package org.dateline.eval;

/** Toponym recognition and resolution against an in-memory GeoNames gazetteer, plus the article's focus places. */
package org.dateline.geo;

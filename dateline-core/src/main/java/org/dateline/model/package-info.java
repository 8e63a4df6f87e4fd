/** Immutable values of an analysed article; every extracted fact carries character offsets into {@link org.dateline.model.Article#text()}. */
package org.dateline.model;

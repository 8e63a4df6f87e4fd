/** The embedded knowledge base: full-text and faceted search over articles and quotes, analytics tables. */
package org.dateline.store;

/** PLOVER/CAMEO-coded political events between actors, found with token patterns rather than a full parse. */
package org.dateline.events;

/** Direct, indirect and mixed quotations with their speakers, cues and roles. */
package org.dateline.quotes;

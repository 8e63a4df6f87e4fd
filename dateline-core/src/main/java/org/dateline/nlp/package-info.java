/** Tokens, sentences, part-of-speech and named-entity tags behind Dateline's own {@link org.dateline.nlp.NlpEngine} contract. */
package org.dateline.nlp;

package org.dateline.nlp;

/**
 * FAST (default): tokenize, ssplit, pos, lemma and the 4-class CoNLL CRF; SUTime, numeric and fine-grained NER off.
 * ACCURATE: CoreNLP's default 3-model NER combination with its fine-grained rule layer on top (about 15 s to load,
 * several times slower per article).
 */
public enum Profile { FAST, ACCURATE }

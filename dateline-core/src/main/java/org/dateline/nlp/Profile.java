package org.dateline.nlp;

/**
 * FAST: tokenize, ssplit, pos, lemma and the 4-class CoNLL CRF with SUTime, numeric and fine-grained NER off.
 * ACCURATE: CoreNLP's default 3-model NER combination (with its fine-grained and rule-based layers) on top.
 */
public enum Profile { FAST, ACCURATE }

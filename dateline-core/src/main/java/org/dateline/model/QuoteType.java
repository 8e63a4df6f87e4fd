package org.dateline.model;

/** DIRECT: verbatim in quote marks; INDIRECT: reported speech; MIXED: reported speech containing a verbatim fragment. */
public enum QuoteType { DIRECT, INDIRECT, MIXED }

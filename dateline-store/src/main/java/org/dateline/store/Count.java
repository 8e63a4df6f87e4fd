package org.dateline.store;

/** A value and how often it occurs (facet values, top-N lists, counts per day). */
public record Count(String value, long count) {}

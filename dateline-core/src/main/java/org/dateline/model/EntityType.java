package org.dateline.model;

/** Coarse entity classes used throughout Dateline. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, NATIONALITY, MISC }

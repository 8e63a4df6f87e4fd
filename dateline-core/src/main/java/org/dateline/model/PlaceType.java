package org.dateline.model;

/** LITERAL: the place itself; DEMONYM: "Syrian"; METONYMIC: "Washington", "the Kremlin" standing for a government. */
public enum PlaceType { LITERAL, DEMONYM, METONYMIC }

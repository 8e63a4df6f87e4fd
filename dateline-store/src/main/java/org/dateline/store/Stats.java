package org.dateline.store;

/** What the store holds: totals, articles per publication day (newest first) and top speakers, actors, places. */
public record Stats(Table totals, Table perDay, Table topSpeakers, Table topActors, Table topPlaces) {}

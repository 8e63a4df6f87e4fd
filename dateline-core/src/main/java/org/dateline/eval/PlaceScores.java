package org.dateline.eval;

/**
 * Geoparsing scores. {@code scored}: gold toponyms in the distance metrics; {@code unresolved}: of those, gold-span
 * toponyms the geocoder could not resolve; {@code acc161}: share within 161 km; {@code exactId}: share of the
 * {@code idGold} toponyms with a gold GeoNames id resolved to exactly that id; {@code auc}: area under the
 * normalised log-error curve (lower is better); {@code recall}/{@code precision}: toponym spans (overlap).
 */
public record PlaceScores(String mode, int gold, int scored, int unresolved, double acc161, double meanKm,
    double medianKm, int idGold, double exactId, double auc, double recall, double precision) {}

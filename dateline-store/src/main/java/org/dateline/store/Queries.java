package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** The analytics queries over the DuckDB tables. Callers serialise access to the connection. */
final class Queries {
  private final Connection conn;

  Queries(Connection conn) {
    this.conn = conn;
  }

  Table quotes(Optional<String> speaker, Optional<String> about, Optional<LocalDate> since,
      Optional<LocalDate> until, int limit) throws SQLException {
    Sql s = new Sql("""
        SELECT q.article_id, q.quote_id, a.published AS date, coalesce(q.speaker, q.speaker_text) AS speaker,
          q.role, q.affiliation, q.type, q.content, q.start_offset, q.end_offset, a.title
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE true""");
    speaker.ifPresent(v -> s.append("AND (q.speaker ILIKE ? OR q.speaker_text ILIKE ?)", like(v), like(v)));
    about.ifPresent(v -> s.append("""
        AND (q.content ILIKE ? OR EXISTS (SELECT 1 FROM mentions m JOIN entities e
          ON e.article_id = m.article_id AND e.entity_id = m.entity_id
          WHERE m.article_id = q.article_id AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset
          AND e.name ILIKE ?))""", like(v), like(v)));
    dates(s, "a.published", since, until);
    return s.append("ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_offset LIMIT ?", limit).run(conn);
  }

  Table events(Optional<String> actor, Optional<String> type, Optional<LocalDate> since,
      Optional<LocalDate> until, int limit) throws SQLException {
    Sql s = new Sql("""
        SELECT e.article_id, e.event_id, coalesce(e.event_date, a.published) AS date, e.plover, e.cameo,
          e.quad_class, e.goldstein, e.mode, e.source_codes, e.source_names, e.target_codes, e.target_names,
          e.trigger_text, e.start_offset, e.end_offset, e.sentence, p.name AS place, p.lat, p.lon
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN (SELECT DISTINCT ON (geoname_id) geoname_id, name, lat, lon FROM places) p
          ON p.geoname_id = e.geoname_id WHERE true""");
    actor.ifPresent(v -> s.append(
        "AND (';' || e.source_codes || ';' || e.target_codes) ILIKE ?", "%;" + escape(v) + "%"));
    type.ifPresent(v -> s.append("AND (e.plover ILIKE ? OR e.cameo = ?)", v, v));
    dates(s, "coalesce(e.event_date, a.published)", since, until);
    return s.append("ORDER BY date DESC NULLS LAST, e.article_id, e.start_offset LIMIT ?", limit).run(conn);
  }

  Table articles(int limit, int offset) throws SQLException {
    return new Sql("""
        SELECT a.id, a.source_id, a.title, a.published AS date, a.source, a.url, a.chars,
          (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
          (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
        FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""").append("", limit, offset)
        .run(conn);
  }

  Optional<String> record(String id) throws SQLException {
    Table t = new Sql("SELECT record FROM articles WHERE id = ?").append("", id).run(conn);
    return t.rows().isEmpty() ? Optional.empty() : Optional.of((String) t.rows().getFirst().getFirst());
  }

  Table entities(Optional<String> name, Optional<String> type, int limit) throws SQLException {
    Sql s = new Sql("""
        SELECT name, type, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions,
          any_value(role) AS role FROM entities WHERE true""");
    name.ifPresent(v -> s.append("AND name ILIKE ?", like(v)));
    type.ifPresent(v -> s.append("AND type = upper(?)", v));
    return s.append("GROUP BY name, type ORDER BY articles DESC, mentions DESC, name LIMIT ?", limit).run(conn);
  }

  Table places(Optional<String> country, int limit) throws SQLException {
    Sql s = new Sql("""
        SELECT geoname_id, any_value(name) AS name, any_value(country) AS country, any_value(lat) AS lat,
          any_value(lon) AS lon, count(*) AS mentions, count(DISTINCT article_id) AS articles
        FROM places WHERE true""");
    country.ifPresent(v -> s.append("AND country = upper(?)", v));
    return s.append("GROUP BY geoname_id ORDER BY articles DESC, mentions DESC, geoname_id LIMIT ?", limit).run(conn);
  }

  Table totals() throws SQLException {
    return new Sql("""
        SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
          (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM places) AS places,
          (SELECT count(*) FROM events) AS events""").run(conn);
  }

  Table perDay(int limit) throws SQLException {
    return new Sql("""
        SELECT published AS date, count(*) AS articles FROM articles WHERE published IS NOT NULL
        GROUP BY published ORDER BY published DESC LIMIT ?""").append("", limit).run(conn);
  }

  Table topSpeakers(int limit) throws SQLException {
    return new Sql("""
        SELECT speaker, count(*) AS quotes, count(DISTINCT article_id) AS articles FROM quotes
        WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT ?""").append("", limit)
        .run(conn);
  }

  Table topActors(int limit) throws SQLException {
    return new Sql("""
        SELECT code AS actor, count(*) AS events FROM (
          SELECT unnest(string_split(source_codes || ';' || target_codes, ';')) AS code FROM events)
        WHERE code <> '' GROUP BY code ORDER BY events DESC, code LIMIT ?""").append("", limit).run(conn);
  }

  Table topPlaces(int limit) throws SQLException {
    return new Sql("""
        SELECT any_value(name) AS place, any_value(country) AS country, count(*) AS mentions FROM places
        GROUP BY geoname_id ORDER BY mentions DESC, place LIMIT ?""").append("", limit).run(conn);
  }

  private static void dates(Sql s, String column, Optional<LocalDate> since, Optional<LocalDate> until) {
    since.ifPresent(d -> s.append("AND " + column + " >= ?", java.sql.Date.valueOf(d)));
    until.ifPresent(d -> s.append("AND " + column + " <= ?", java.sql.Date.valueOf(d)));
  }

  private static String like(String v) {
    return "%" + escape(v) + "%";
  }

  /** User input goes into LIKE patterns as is: a wildcard in it only widens the match. */
  private static String escape(String v) {
    return v.strip();
  }
}

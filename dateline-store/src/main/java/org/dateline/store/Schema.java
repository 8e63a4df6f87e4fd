package org.dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** DuckDB schema of the analytics tables and its version check. Bump {@link #VERSION} on any change. */
final class Schema {
  static final int VERSION = 1;

  private static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE,
        url VARCHAR UNIQUE, source_id VARCHAR NOT NULL, title VARCHAR, source VARCHAR, published DATE,
        language VARCHAR NOT NULL, chars INTEGER NOT NULL, ingested TIMESTAMP NOT NULL, record VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS entities (article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
        type VARCHAR NOT NULL, name VARCHAR NOT NULL, mentions INTEGER NOT NULL, role VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
        text VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS quotes (article_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL,
        type VARCHAR NOT NULL, content VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
        cue VARCHAR, speaker VARCHAR, speaker_text VARCHAR, speaker_entity VARCHAR, role VARCHAR,
        affiliation VARCHAR, anonymous BOOLEAN NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS places (article_id VARCHAR NOT NULL, geoname_id BIGINT NOT NULL,
        name VARCHAR NOT NULL, mention VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
        country VARCHAR NOT NULL, admin1 VARCHAR, feature_code VARCHAR NOT NULL, place_type VARCHAR NOT NULL,
        lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, population BIGINT NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS events (article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
        plover VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        source_codes VARCHAR NOT NULL, source_names VARCHAR NOT NULL, target_codes VARCHAR NOT NULL,
        target_names VARCHAR NOT NULL, trigger_text VARCHAR NOT NULL, start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL, sentence VARCHAR NOT NULL, event_date DATE, geoname_id BIGINT)""");

  private Schema() {}

  /** Creates the tables in a fresh database, or checks the version of an existing one. */
  static void createOrCheck(Connection conn, Path dir, boolean readOnly) throws SQLException {
    if (!readOnly) {
      try (Statement st = conn.createStatement()) {
        for (String ddl : DDL) {
          st.execute(ddl);
        }
        st.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "') ON CONFLICT DO NOTHING");
      }
    }
    check(version(conn), dir);
  }

  static void check(int found, Path dir) {
    if (found != VERSION) {
      throw new StoreException(StoreException.Kind.SCHEMA_MISMATCH, "data directory " + dir + " has schema version "
          + found + " but this build reads version " + VERSION + ": re-ingest into a new --data directory");
    }
  }

  private static int version(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
        return 0;
      }
      throw e;
    }
  }
}

package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;

/** Writes analysed articles into the DuckDB tables, one transaction per batch. Not thread-safe. */
final class TableWriter {
  private final Connection conn;

  TableWriter(Connection conn) {
    this.conn = conn;
  }

  /** Inserts the batch atomically; {@code json[i]} is the serialised record of {@code batch[i]}. */
  void insert(List<AnalyzedArticle> batch, List<String> json, Instant now) throws SQLException {
    conn.setAutoCommit(false);
    try (PreparedStatement a = conn.prepareStatement("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement e = conn.prepareStatement("INSERT INTO entities VALUES (?,?,?,?,?,?)");
        PreparedStatement m = conn.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?)");
        PreparedStatement q = conn.prepareStatement("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement p = conn.prepareStatement("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement v = conn.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < batch.size(); i++) {
        AnalyzedArticle r = batch.get(i);
        String hash = Keys.contentHash(r.article().text());
        String id = Keys.articleId(hash);
        article(a, id, hash, r.article(), json.get(i), now);
        for (Entity ent : r.entities()) {
          entity(e, m, id, ent);
        }
        for (Quote quote : r.quotes()) {
          quote(q, id, quote, r);
        }
        for (Place place : r.places()) {
          place(p, id, place);
        }
        for (Event event : r.events()) {
          event(v, id, event);
        }
      }
      for (PreparedStatement s : List.of(a, e, m, q, p, v)) {
        s.executeBatch();
      }
      conn.commit();
    } catch (SQLException | RuntimeException ex) {
      conn.rollback();
      throw ex;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  private static void article(PreparedStatement s, String id, String hash, Article art, String json, Instant now)
      throws SQLException {
    s.setString(1, id);
    s.setString(2, hash);
    setOpt(s, 3, art.url());
    s.setString(4, art.id());
    setOpt(s, 5, art.title());
    setOpt(s, 6, art.source());
    setNullable(s, 7, art.published().map(Date::valueOf), Types.DATE);
    s.setString(8, art.language());
    s.setInt(9, art.text().length());
    s.setTimestamp(10, Timestamp.from(now));
    s.setString(11, json);
    s.addBatch();
  }

  private static void entity(PreparedStatement e, PreparedStatement m, String id, Entity ent) throws SQLException {
    e.setString(1, id);
    e.setString(2, ent.id());
    e.setString(3, ent.type().name());
    e.setString(4, ent.name());
    e.setInt(5, ent.mentions().size());
    setOpt(e, 6, ent.roles().stream().flatMap(r -> r.role().stream()).findFirst());
    e.addBatch();
    for (Mention men : ent.mentions()) {
      m.setString(1, id);
      m.setString(2, ent.id());
      m.setString(3, men.text());
      m.setInt(4, men.start());
      m.setInt(5, men.end());
      m.addBatch();
    }
  }

  private static void quote(PreparedStatement s, String id, Quote q, AnalyzedArticle r) throws SQLException {
    Optional<Speaker> sp = q.speaker();
    s.setString(1, id);
    s.setString(2, q.id());
    s.setString(3, q.type().name());
    s.setString(4, q.content().text());
    s.setInt(5, q.content().start());
    s.setInt(6, q.content().end());
    setOpt(s, 7, q.cue().map(c -> c.text()));
    setOpt(s, 8, sp.flatMap(x -> SpeakerNames.name(x, r)));
    setOpt(s, 9, sp.map(x -> x.span().text()));
    setOpt(s, 10, sp.flatMap(Speaker::entityId));
    setOpt(s, 11, sp.flatMap(Speaker::role));
    setOpt(s, 12, sp.flatMap(Speaker::affiliation));
    s.setBoolean(13, sp.map(Speaker::anonymous).orElse(false));
    s.addBatch();
  }

  private static void place(PreparedStatement s, String id, Place p) throws SQLException {
    s.setString(1, id);
    s.setLong(2, p.geonameId());
    s.setString(3, p.name());
    s.setString(4, p.mention().text());
    s.setInt(5, p.mention().start());
    s.setInt(6, p.mention().end());
    s.setString(7, p.countryCode());
    setOpt(s, 8, p.admin1());
    s.setString(9, p.featureCode());
    s.setString(10, p.type().name());
    s.setDouble(11, p.lat());
    s.setDouble(12, p.lon());
    s.setLong(13, p.population());
    s.addBatch();
  }

  private static void event(PreparedStatement s, String id, Event ev) throws SQLException {
    s.setString(1, id);
    s.setString(2, ev.id());
    s.setString(3, ev.plover());
    setOpt(s, 4, ev.mode());
    setOpt(s, 5, ev.cameo());
    setNullable(s, 6, ev.quadClass(), Types.INTEGER);
    setNullable(s, 7, ev.goldstein(), Types.DOUBLE);
    s.setString(8, join(ev.sources(), true));
    s.setString(9, join(ev.sources(), false));
    s.setString(10, join(ev.targets(), true));
    s.setString(11, join(ev.targets(), false));
    s.setString(12, ev.trigger().text());
    s.setInt(13, ev.trigger().start());
    s.setInt(14, ev.trigger().end());
    s.setString(15, ev.sentence().text());
    setNullable(s, 16, ev.date().map(Date::valueOf), Types.DATE);
    setNullable(s, 17, ev.placeGeonameId(), Types.BIGINT);
    s.addBatch();
  }

  /** Actor codes or names joined with ';' (the separator never occurs in CAMEO codes). */
  static String join(List<Actor> actors, boolean codes) {
    return actors.stream().map(a -> codes ? a.code() : a.span().text().replace(';', ','))
        .collect(Collectors.joining(";"));
  }

  private static void setOpt(PreparedStatement s, int i, Optional<String> v) throws SQLException {
    setNullable(s, i, v, Types.VARCHAR);
  }

  private static void setNullable(PreparedStatement s, int i, Optional<?> v, int sqlType) throws SQLException {
    if (v.isPresent()) {
      s.setObject(i, v.get());
    } else {
      s.setNull(i, sqlType);
    }
  }
}

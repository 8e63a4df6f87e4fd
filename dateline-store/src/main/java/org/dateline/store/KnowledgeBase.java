package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.Json;

/**
 * The knowledge base in one data directory: a Lucene index ({@code lucene/}) for full-text and faceted search and
 * a DuckDB database ({@code dateline.duckdb}) for analytics. Articles are keyed by content hash; {@link #add}
 * commits Lucene first, then DuckDB, so a crash between the two leaves an article that a re-run re-adds without
 * duplicating (Lucene replaces the block by id). Methods are thread-safe; one process may hold a directory for
 * writing at a time.
 */
public final class KnowledgeBase implements AutoCloseable {
  static final String DB_FILE = "dateline.duckdb";

  private final Path dir;
  private final Connection conn;
  private final TextIndex index;
  private final Queries queries;
  private final Clock clock;

  private KnowledgeBase(Path dir, Connection conn, TextIndex index, Clock clock) {
    this.dir = dir;
    this.conn = conn;
    this.index = index;
    this.queries = new Queries(conn);
    this.clock = clock;
  }

  /** Opens (creating when {@code readOnly} is false) the knowledge base in {@code dir}. */
  public static KnowledgeBase open(Path dir, boolean readOnly, Clock clock) {
    Path db = dir.resolve(DB_FILE);
    if (readOnly && !Files.exists(db)) {
      throw new StoreException(StoreException.Kind.MISSING,
          "no knowledge base in " + dir + ": run 'dateline ingest --data " + dir + " PATH' first");
    }
    Connection c = null;
    try {
      Files.createDirectories(dir);
      Properties p = new Properties();
      if (readOnly) {
        p.setProperty("duckdb.read_only", "true");
      }
      c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
      Schema.createOrCheck(c, dir, readOnly);
      return new KnowledgeBase(dir, c, TextIndex.open(dir.resolve("lucene"), readOnly), clock);
    } catch (SQLException e) {
      closeQuietly(c);
      String m = String.valueOf(e.getMessage());
      StoreException.Kind kind = m.contains("lock") ? StoreException.Kind.LOCKED : StoreException.Kind.IO;
      throw new StoreException(kind, "cannot open " + db + (kind == StoreException.Kind.LOCKED
          ? ": it is in use by another dateline process (stop it or use another --data)" : ": " + m), e);
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO,
          "cannot create data directory " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  public Path dir() {
    return dir;
  }

  /** Content hashes and URLs already stored: the ingest skips documents matching either. */
  public synchronized Known known() {
    try {
      Set<String> hashes = new HashSet<>();
      Set<String> urls = new HashSet<>();
      for (List<Object> r : new Sql("SELECT content_hash, url FROM articles").run(conn).rows()) {
        hashes.add((String) r.get(0));
        if (r.get(1) != null) {
          urls.add((String) r.get(1));
        }
      }
      return new Known(hashes, urls);
    } catch (SQLException e) {
      throw io("read stored keys", e);
    }
  }

  /** Keys of stored articles. */
  public record Known(Set<String> hashes, Set<String> urls) {}

  /** Stores a batch durably (Lucene commit, then one DuckDB transaction). Articles must not be stored yet. */
  public synchronized void add(List<AnalyzedArticle> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    List<String> json = new ArrayList<>();
    try {
      for (AnalyzedArticle r : batch) {
        ids.add(Keys.articleId(Keys.contentHash(r.article().text())));
        json.add(Json.mapper().writeValueAsString(r));
      }
      index.write(ids, batch);
      new TableWriter(conn).insert(batch, json, clock.instant());
    } catch (SQLException | IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot store batch in " + dir + ": " + e.getMessage(), e);
    }
  }

  public SearchResult search(SearchQuery q) {
    try {
      return index.search(q);
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "search failed in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Number of article documents in the search index (equals the article count after a clean ingest). */
  public int indexedArticles() {
    try {
      return index.count("article");
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "count failed in " + dir + ": " + e.getMessage(), e);
    }
  }

  public synchronized Table quotes(Optional<String> speaker, Optional<String> about, Optional<LocalDate> since,
      Optional<LocalDate> until, int limit) {
    return query("query quotes", () -> queries.quotes(speaker, about, since, until, limit));
  }

  public synchronized Table events(Optional<String> actor, Optional<String> type, Optional<LocalDate> since,
      Optional<LocalDate> until, int limit) {
    return query("query events", () -> queries.events(actor, type, since, until, limit));
  }

  public synchronized Table articles(int limit, int offset) {
    return query("list articles", () -> queries.articles(limit, offset));
  }

  /** The stored full record (JSON) of article {@code id}. */
  public synchronized Optional<String> record(String id) {
    return query("read article " + id, () -> queries.record(id));
  }

  public synchronized Table entities(Optional<String> name, Optional<String> type, int limit) {
    return query("query entities", () -> queries.entities(name, type, limit));
  }

  public synchronized Table places(Optional<String> country, int limit) {
    return query("query places", () -> queries.places(country, limit));
  }

  public synchronized Stats stats(int top) {
    return query("compute stats", () -> new Stats(queries.totals(), queries.perDay(top), queries.topSpeakers(top),
        queries.topActors(top), queries.topPlaces(top)));
  }

  /** Runs {@code body} with the DuckDB connection held exclusively (exports). */
  synchronized <T> T withConnection(SqlFunction<T> body) throws SQLException {
    return body.apply(conn);
  }

  interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }

  private interface SqlQuery<T> {
    T run() throws SQLException;
  }

  private <T> T query(String what, SqlQuery<T> body) {
    try {
      return body.run();
    } catch (SQLException e) {
      throw io(what, e);
    }
  }

  private StoreException io(String what, SQLException e) {
    return new StoreException(StoreException.Kind.IO, "cannot " + what + " in " + dir + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot close index in " + dir + ": " + e.getMessage(), e);
    } finally {
      closeQuietly(conn);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing after a failure; the original error is reported
      }
    }
  }
}

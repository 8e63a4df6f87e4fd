package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dateline.model.AnalyzedArticle;

/** The Lucene side of the store: one index of article and quote documents. Writes commit per batch. */
final class TextIndex implements Closeable {
  /** Held so the level sticks: Lucene logs a vector-API hint at INFO on every start, noise for a CLI. */
  private static final java.util.logging.Logger VECTOR_LOG = quiet("org.apache.lucene.internal.vectorization");

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig config = IndexDocs.facetsConfig();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private DirectoryReader reader;
  private IndexSearch search;

  private TextIndex(Path dir, Directory directory, IndexWriter writer) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
    l.setLevel(java.util.logging.Level.SEVERE);
    return l;
  }

  static TextIndex open(Path dir, boolean readOnly) {
    try {
      Directory d = FSDirectory.open(Files.createDirectories(dir));
      IndexWriter w = null;
      if (!readOnly) {
        w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
        if (!DirectoryReader.indexExists(d)) {
          w.setLiveCommitData(Map.of("schema", String.valueOf(Schema.VERSION)).entrySet());
          w.commit();
        }
      }
      TextIndex t = new TextIndex(dir, d, w);
      t.checkSchema();
      return t;
    } catch (LockObtainFailedException e) {
      throw new StoreException(StoreException.Kind.LOCKED, "search index " + dir + " is in use by another process", e);
    } catch (IndexNotFoundException e) {
      throw new StoreException(StoreException.Kind.MISSING, "no search index at " + dir + ": run dateline ingest", e);
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private void checkSchema() throws IOException {
    String v = DirectoryReader.listCommits(directory).getLast().getUserData().get("schema");
    Schema.check(v == null ? 0 : Integer.parseInt(v), dir);
  }

  /** Replaces the blocks of the given articles and commits; {@code ids[i]} is the store id of {@code batch[i]}. */
  void write(List<String> ids, List<AnalyzedArticle> batch) throws IOException {
    for (int i = 0; i < batch.size(); i++) {
      writer.updateDocuments(new Term(IndexDocs.AID, ids.get(i)), IndexDocs.block(ids.get(i), batch.get(i), config));
    }
    writer.setLiveCommitData(Map.of("schema", String.valueOf(Schema.VERSION)).entrySet());
    writer.commit();
  }

  synchronized SearchResult search(SearchQuery q) throws IOException {
    return current().run(q);
  }

  /** Number of documents of a kind ("article" or "quote"). */
  synchronized int count(String kind) throws IOException {
    return current().searcher().count(new TermQuery(new Term(IndexDocs.KIND, kind)));
  }

  private IndexSearch current() throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(directory);
      search = new IndexSearch(new IndexSearcher(reader), config, analyzer);
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
        search = new IndexSearch(new IndexSearcher(reader), config, analyzer);
      }
    }
    return search;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (writer != null) {
      writer.rollback();
    }
    directory.close();
  }
}

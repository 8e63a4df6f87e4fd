package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.jsoup.nodes.Document;

/**
 * An RSS or Atom file: each entry becomes an article from its full content, else its description (HTML is reduced
 * to text). Id and url are the entry link (or its position when it has none); an entry without text is a
 * per-document failure.
 */
final class FeedReader implements DocumentReader {
  @Override
  public void read(Path path, ArticleSink sink) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(java.nio.file.Files.newInputStream(path))) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new InputException(InputException.Kind.MALFORMED, path.toString(),
          "not an RSS or Atom feed: " + e.getMessage(), -1, e);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, path.toString(), "cannot read feed: " + e.getMessage(), -1, e);
    }
    Optional<String> source = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      Optional<String> link = Optional.ofNullable(e.getLink()).map(String::strip).filter(s -> !s.isEmpty());
      String id = link.orElse(path.getFileName() + "#" + (i + 1));
      Document d = MarkupText.parse(body(e));
      String text = MarkupText.text(d);
      if (text.isBlank()) {
        sink.fail(new InputException(InputException.Kind.EMPTY, path + "#" + (i + 1), "feed entry has no text", i + 1,
            null));
        continue;
      }
      Optional<String> title = Optional.ofNullable(e.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
      Optional<String> author = Optional.ofNullable(e.getAuthor()).map(String::strip).filter(s -> !s.isEmpty());
      sink.accept(new Article(id, link, title, source, author, date(e), "en", text));
    }
  }

  private static String body(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.isEmpty() && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(e.getDescription().getValue());
    }
    return sb.toString();
  }

  private static Optional<LocalDate> date(SyndEntry e) {
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return Optional.ofNullable(d).map(x -> x.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }
}

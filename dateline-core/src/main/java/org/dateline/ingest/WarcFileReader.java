package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.model.Article;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * A WARC or WARC.gz file (gzip is detected): every {@code response} (HTTP 200) and {@code resource} record whose
 * payload is HTML or plain text becomes an article with the target URI as id and url. Other records are skipped;
 * a record that cannot be read is a per-document failure positioned at its byte offset.
 */
final class WarcFileReader implements DocumentReader {
  static final long MAX_RECORD_BYTES = 10L << 20;

  @Override
  public void read(Path path, ArticleSink sink) {
    try (WarcReader reader = new WarcReader(path)) {
      long position = reader.position();
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        if (next.get() instanceof WarcTargetRecord rec) {
          // A record without WARC-Target-URI is named by its byte offset: file.warc@1234
          String target = rec.target();
          String id = target != null ? target : path.getFileName() + "@" + position;
          String source = target != null ? path + "#" + target : path + "@" + position;
          try {
            record(rec, id, source).ifPresent(sink::accept);
          } catch (InputException e) {
            sink.fail(e);
          } catch (IOException | RuntimeException e) {
            sink.fail(new InputException(InputException.Kind.MALFORMED, source, "unreadable WARC record: "
                + e.getMessage(), position, e));
          }
        }
        position = reader.position();
      }
    } catch (ParsingException e) {
      throw new InputException(InputException.Kind.MALFORMED, path.toString(), "not a WARC file: " + e.getMessage(),
          -1, e);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, path.toString(), "cannot read WARC: " + e.getMessage(), -1, e);
    }
  }

  private static Optional<Article> record(WarcTargetRecord rec, String id, String source) throws IOException {
    MediaType type;
    MessageBody body;
    if (rec instanceof WarcResponse resp) {
      HttpResponse http = resp.http();
      if (http.status() != 200) {
        return Optional.empty();
      }
      type = http.contentType();
      body = http.body();
    } else if (rec instanceof WarcResource res) {
      type = res.contentType();
      body = res.body();
    } else {
      return Optional.empty();
    }
    boolean html = type.subtype().contains("html");
    if (!html && !(type.type().equals("text") && type.subtype().equals("plain"))) {
      return Optional.empty();
    }
    String content = decode(body, type, source);
    Optional<String> url = Optional.ofNullable(rec.target());
    if (!html) {
      return nonEmpty(source, content).map(t -> new Article(id, url, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), "en", t));
    }
    Document d = MarkupText.parse(content);
    String text = MarkupText.text(d);
    return nonEmpty(source, text).map(t -> new Article(id, url, MarkupText.title(d),
        Optional.empty(), Optional.empty(), MarkupText.published(d), "en", t));
  }

  private static String decode(MessageBody body, MediaType type, String source) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes((int) MAX_RECORD_BYTES + 1);
      if (bytes.length > MAX_RECORD_BYTES) {
        throw new InputException(InputException.Kind.TOO_LARGE, source,
            "record payload must be at most " + MAX_RECORD_BYTES + " bytes");
      }
      return new String(bytes, charset(type));
    }
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    try {
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Optional<String> nonEmpty(String source, String text) {
    if (text.isBlank()) {
      throw new InputException(InputException.Kind.EMPTY, source, "record has no text");
    }
    return Optional.of(text);
  }
}

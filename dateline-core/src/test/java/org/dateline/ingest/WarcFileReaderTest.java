package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
  static final String PAGE = """
      <html><head><title>Port reopens</title><meta property="article:published_time" content="2024-05-06T10:00:00Z">
      <script>var x = 1;</script></head><body><nav>Home | World</nav>
      <p>GDANSK (Wire) - The port reopened on Monday.</p><p>"Ships are moving again," the harbour master said.</p>
      </body></html>""";

  @TempDir Path tmp;

  private Path write(String name, WarcCompression compression) throws Exception {
    Path p = tmp.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      w.write(response("https://news.example/port", 200, "text/html; charset=utf-8", PAGE));
      w.write(response("https://news.example/gone", 404, "text/html", "<p>Not found</p>"));
      w.write(new WarcResource.Builder(URI.create("https://news.example/wire.txt")).date(Instant.EPOCH)
          .body(MediaType.parse("text/plain"), "BERLIN (Wire) - Talks ended.".getBytes(StandardCharsets.UTF_8))
          .build());
      w.write(new WarcResource.Builder(URI.create("https://news.example/logo.png")).date(Instant.EPOCH)
          .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build());
    }
    return p;
  }

  private static WarcResponse response(String uri, int status, String type, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    byte[] http = (head + body).getBytes(StandardCharsets.UTF_8);
    return new WarcResponse.Builder(URI.create(uri)).date(Instant.EPOCH).body(MediaType.HTTP_RESPONSE, http).build();
  }

  @Test
  void readsHtmlResponsesAndTextResourcesPlainAndGzipped() throws Exception {
    for (Path p : new Path[] {write("a.warc", WarcCompression.NONE), write("b.warc.gz", WarcCompression.GZIP)}) {
      assertInstanceOf(WarcFileReader.class, Readers.forPath(p));
      CollectingSink c = new CollectingSink();
      Readers.forPath(p).read(p, c);
      assertEquals(2, c.articles().size(), p.toString());
      var page = c.articles().getFirst();
      assertEquals("https://news.example/port", page.id());
      assertEquals("Port reopens", page.title().orElseThrow());
      assertEquals(LocalDate.of(2024, 5, 6), page.published().orElseThrow());
      assertEquals("GDANSK (Wire) - The port reopened on Monday.\n\"Ships are moving again,\" the harbour master said.",
          page.text());
      assertEquals("BERLIN (Wire) - Talks ended.", c.articles().get(1).text());
      assertTrue(c.failures().isEmpty());
    }
  }

  @Test
  void garbageIsATypedFailure() throws Exception {
    Path p = tmp.resolve("junk.warc");
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Files.write(p, junk);
    InputException e = assertThrows(InputException.class, () -> Readers.forPath(p).read(p, new CollectingSink()));
    assertTrue(e.getMessage().contains("junk.warc"), e.getMessage());
  }

  @Test
  void truncatedArchiveKeepsTheRecordsBeforeTheDamage() throws Exception {
    Path full = write("full.warc", WarcCompression.NONE);
    byte[] b = Files.readAllBytes(full);
    Path cut = tmp.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(b, b.length - 40));
    CollectingSink c = new CollectingSink();
    try {
      Readers.forPath(cut).read(cut, c);
    } catch (InputException e) {
      assertTrue(e.getMessage().contains("cut.warc"));
    }
    assertEquals(2, c.articles().size(), "records before the damage are read");
  }

  @Test
  void aRecordWithoutTargetUriIsNamedByItsOffset() throws Exception {
    Path p = tmp.resolve("notarget.warc");
    Files.writeString(p, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nshort\r\n\r\n");
    CollectingSink c = new CollectingSink();
    Readers.forPath(p).read(p, c);
    assertEquals(1, c.failures().size());
    String message = c.failures().getFirst().getMessage();
    assertTrue(message.contains("notarget.warc@0"), message);
    assertTrue(!message.contains("null"), message);
  }
}

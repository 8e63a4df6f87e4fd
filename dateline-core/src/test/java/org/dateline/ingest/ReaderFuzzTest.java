package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and half-valid bytes never escape the WARC and feed readers as anything but {@link InputException}. */
class ReaderFuzzTest {
  static final String[] PREFIXES = {"", "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n",
      "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: x\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\n",
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"};

  @TempDir Path tmp;

  @Test
  void randomInputGivesTypedFailuresOnly() throws Exception {
    Random rnd = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] prefix = PREFIXES[i % PREFIXES.length].getBytes(StandardCharsets.UTF_8);
      byte[] noise = new byte[rnd.nextInt(600)];
      rnd.nextBytes(noise);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.write(prefix);
      b.write(noise);
      byte[] bytes = i % 3 == 0 ? gzip(b.toByteArray()) : b.toByteArray();
      for (String name : new String[] {"f.warc", "f.warc.gz", "f.rss", "f.atom"}) {
        Path p = tmp.resolve(i + name);
        Files.write(p, bytes);
        try {
          Readers.forPath(p).read(p, new CollectingSink());
        } catch (InputException e) {
          assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
      }
    }
  }

  private static byte[] gzip(byte[] in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(in);
    }
    return out.toByteArray();
  }
}

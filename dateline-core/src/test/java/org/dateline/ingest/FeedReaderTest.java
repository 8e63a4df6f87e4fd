package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path tmp;

  @Test
  void rssItemsBecomeArticles() throws Exception {
    Path p = tmp.resolve("wire.rss");
    Files.writeString(p, """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link>
        <description>d</description>
        <item><title>Dam opens</title><link>https://wire.example/dam</link><pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate>
        <description>&lt;p&gt;CAIRO (Wire) - The dam opened.&lt;/p&gt;&lt;p&gt;Officials cheered.&lt;/p&gt;</description></item>
        <item><title>Empty</title><link>https://wire.example/empty</link><description></description></item>
        </channel></rss>""");
    CollectingSink c = new CollectingSink();
    Readers.forPath(p).read(p, c);
    assertEquals(1, c.articles().size());
    var a = c.articles().getFirst();
    assertEquals("https://wire.example/dam", a.url().orElseThrow());
    assertEquals("Dam opens", a.title().orElseThrow());
    assertEquals("Example Wire", a.source().orElseThrow());
    assertEquals(LocalDate.of(2024, 5, 7), a.published().orElseThrow());
    assertEquals("CAIRO (Wire) - The dam opened.\nOfficials cheered.", a.text());
    assertEquals(1, c.failures().size());
    assertEquals(InputException.Kind.EMPTY, c.failures().getFirst().kind());
  }

  @Test
  void atomEntriesUseTheirContent() throws Exception {
    Path p = tmp.resolve("feed.atom");
    Files.writeString(p, """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
        <id>urn:x</id><updated>2024-05-08T00:00:00Z</updated>
        <entry><title>Rain</title><link href="https://atom.example/rain"/><id>urn:1</id>
        <updated>2024-05-08T12:00:00Z</updated><content type="html">&lt;p&gt;LIMA (Wire) - It rained.&lt;/p&gt;</content></entry>
        </feed>""");
    CollectingSink c = new CollectingSink();
    Readers.forPath(p).read(p, c);
    assertEquals(1, c.articles().size());
    assertEquals("LIMA (Wire) - It rained.", c.articles().getFirst().text());
    assertEquals(LocalDate.of(2024, 5, 8), c.articles().getFirst().published().orElseThrow());
  }

  @Test
  void nonFeedXmlAndDoctypesAreMalformed() throws Exception {
    Path p = tmp.resolve("other.xml");
    Files.writeString(p, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
    InputException e = assertThrows(InputException.class, () -> Readers.forPath(p).read(p, new CollectingSink()));
    assertEquals(InputException.Kind.MALFORMED, e.kind());
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    Path junk = tmp.resolve("junk.rss");
    Files.write(junk, new byte[] {0, 1, 2, (byte) 0xff, 60, 62});
    assertThrows(InputException.class, () -> Readers.forPath(junk).read(junk, new CollectingSink()));
  }
}

package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    CollectingSink s = new CollectingSink();
    Readers.forPath(p).read(p, s);
    return s;
  }

  private InputException failure(String name, byte[] bytes) {
    return assertThrows(InputException.class, () -> read(name, bytes));
  }

  @Test
  void plainTextIsOneArticleNamedAfterTheFile() throws IOException {
    CollectingSink s = read("story.txt", "Officials met in Geneva on Monday.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, s.articles().size());
    assertEquals("story.txt", s.articles().get(0).id());
    assertEquals("Officials met in Geneva on Monday.\n", s.articles().get(0).text());
  }

  @Test
  void emptyAndBlankFilesAreRejectedAsEmpty() {
    InputException e = failure("empty.txt", new byte[0]);
    assertEquals(InputException.Kind.EMPTY, e.kind());
    assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
    assertEquals(InputException.Kind.EMPTY, failure("blank.txt", " \n\t \n".getBytes(StandardCharsets.US_ASCII)).kind());
  }

  @Test
  void binaryContentIsRejectedNamingTheRule() {
    byte[] nul = "abc\0def".getBytes(StandardCharsets.US_ASCII);
    InputException e = failure("nul.txt", nul);
    assertEquals(InputException.Kind.BINARY, e.kind());
    assertTrue(e.getMessage().contains("NUL or control byte"), e.getMessage());
    assertEquals(OptionalLongOf(3), e.position());
    InputException pdf = failure("paper.txt", "%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII));
    assertTrue(pdf.getMessage().contains("PDF"), pdf.getMessage());
  }

  private static java.util.OptionalLong OptionalLongOf(long v) {
    return java.util.OptionalLong.of(v);
  }

  @Test
  void randomBytesNeverEscapeAsAnythingButInputException() throws IOException {
    Random r = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[r.nextInt(2000)];
      r.nextBytes(b);
      for (String name : List.of("g.txt", "g.html", "g.jsonl")) {
        try {
          CollectingSink s = read(name, b);
          s.articles().forEach(a -> assertTrue(!a.text().isBlank()));
        } catch (InputException e) {
          assertTrue(e.getMessage().startsWith(dir.resolve(name).toString()), e.getMessage());
        }
      }
    }
  }

  @Test
  void fiftyMegabytesIsTooLarge() throws IOException {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L << 20);
    }
    InputException e = assertThrows(InputException.class, () -> Readers.forPath(p).read(p, new CollectingSink()));
    assertEquals(InputException.Kind.TOO_LARGE, e.kind());
    assertTrue(e.getMessage().contains("52428800 bytes"), e.getMessage());
  }

  @Test
  void latin1AndWindows1252TextIsDecoded() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    CollectingSink s = read("latin.txt", "Jos\u00e9 Garc\u00eda said \u201cno\u201d in S\u00e3o Paulo.".getBytes(cp1252));
    assertEquals("Jos\u00e9 Garc\u00eda said \u201cno\u201d in S\u00e3o Paulo.", s.articles().get(0).text());
  }

  @Test
  void bytesThatAreNeitherUtf8NorPlausible1252AreAnEncodingError() {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 'a' : 0xE9); // half the bytes high: not Western text
    }
    InputException e = failure("odd.txt", b);
    assertEquals(InputException.Kind.ENCODING, e.kind());
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void doubleEncodedUtf8IsRepaired() throws IOException {
    String mojibake = new String("It\u2019s Caf\u00e9 time".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    CollectingSink s = read("moji.txt", mojibake.getBytes(StandardCharsets.UTF_8));
    assertEquals("It\u2019s Caf\u00e9 time", s.articles().get(0).text());
  }

  @Test
  void frontMatterSetsMetadataAndOffsetsStartAfterIt() throws IOException {
    CollectingSink s = read("fm.txt", "---\ntitle: Talks resume\npublished: 2024-03-14\nsource: Wire\n---\nBody text.\n"
        .getBytes(StandardCharsets.UTF_8));
    Article a = s.articles().get(0);
    assertEquals(Optional.of("Talks resume"), a.title());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), a.published());
    assertEquals("Body text.\n", a.text());
  }

  @Test
  void badFrontMatterIsMalformedWithLineNumber() {
    InputException e = failure("fm.txt", "---\ntitle Talks\n---\nBody.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(InputException.Kind.MALFORMED, e.kind());
    assertEquals(java.util.OptionalLong.of(2), e.position());
  }

  @Test
  void jsonLinesReportsBadLinesAndGoesOn() throws IOException {
    String jsonl = "{\"id\":\"a\",\"text\":\"First.\",\"published\":\"2016-09-15T10:00:00Z\"}\n"
        + "not json\n\n{\"id\":\"c\"}\n{\"text\":\"Fourth.\",\"title\":\"T\"}\n[1,2]\n";
    CollectingSink s = read("feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("a", "feed.jsonl#5"), s.articles().stream().map(Article::id).toList());
    assertEquals(Optional.of(LocalDate.of(2016, 9, 15)), s.articles().get(0).published());
    assertEquals(List.of(2L, 4L, 6L), s.failures().stream().map(f -> f.position().orElse(-1)).toList());
    assertEquals(InputException.Kind.MALFORMED, s.failures().get(0).kind());
    assertEquals(InputException.Kind.EMPTY, s.failures().get(1).kind());
  }

  @Test
  void htmlKeepsTheArticleAndDropsBoilerplate() throws IOException {
    String html = "<html lang=en><head><title>Page</title>"
        + "<meta property=\"og:title\" content=\"Talks resume\"><meta name=\"author\" content=\"Jane Roe\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-14T08:00:00+01:00\"}</script>"
        + "</head><body><nav><p>Home</p></nav><article><p>First paragraph.</p><div class=\"related-links\"><p>Other</p></div>"
        + "<p>Second paragraph.</p></article><div id=\"comments\"><p>Nice!</p></div><footer><p>(c)</p></footer></body></html>";
    Article a = read("page.html", html.getBytes(StandardCharsets.UTF_8)).articles().get(0);
    assertEquals("First paragraph.\nSecond paragraph.", a.text());
    assertEquals(Optional.of("Talks resume"), a.title());
    assertEquals(Optional.of("Jane Roe"), a.byline());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), a.published());
  }

  @Test
  void htmlWithoutParagraphTextIsEmpty() {
    InputException e = failure("bare.html", "<html><body><nav>Menu</nav></body></html>".getBytes(StandardCharsets.UTF_8));
    assertEquals(InputException.Kind.EMPTY, e.kind());
  }

  @Test
  void standardInputIsSniffed() {
    CollectingSink s = new CollectingSink();
    Readers.read("<stdin>", new ByteArrayInputStream("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n".getBytes(StandardCharsets.UTF_8)), s);
    assertEquals(2, s.articles().size());
    CollectingSink t = new CollectingSink();
    Readers.read("<stdin>", new ByteArrayInputStream("Plain words.".getBytes(StandardCharsets.UTF_8)), t);
    assertEquals("Plain words.", t.articles().get(0).text());
  }
}

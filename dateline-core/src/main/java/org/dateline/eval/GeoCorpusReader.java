package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.ingest.InputException;

/**
 * Reads geoparsing gold corpora: LGL / TR-News ({@code <article><text/><toponyms><toponym><start/><end/><gaztag
 * geonameid><lat/><lon/>}), GeoVirus ({@code <article><text/><locations><location><start/><end/><lat/><lon/>}) and
 * GeoWebNews ({@code <toponym><start/><end/><geonamesID/><latitude/><longitude/>}). Toponyms whose offsets or
 * numbers are unusable are skipped and counted; XML that does not parse fails with an {@link InputException}
 * (MALFORMED) naming the source and line.
 */
public final class GeoCorpusReader {
  /** The articles read and the number of gold toponyms that had to be skipped. */
  public record Corpus(List<GeoGoldArticle> articles, int skipped) {
    public Corpus {
      articles = List.copyOf(articles);
    }

    public int toponyms() {
      return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
    }
  }

  private GeoCorpusReader() {}

  public static Corpus read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new InputException(InputException.Kind.IO, file.toString(), "cannot read: " + e.getMessage(), -1, e);
    }
  }

  public static Corpus read(InputStream in, String source) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(in);
      return parse(r);
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new InputException(InputException.Kind.MALFORMED, source, "not well-formed XML: " + e.getMessage()
          + " (position is a line number)", line, e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a failed reader: nothing more to report
        }
      }
    }
  }

  private static Corpus parse(XMLStreamReader r) throws XMLStreamException {
    List<GeoGoldArticle> articles = new ArrayList<>();
    int skipped = 0;
    String id = null;
    String text = null;
    List<Map<String, String>> raw = new ArrayList<>();
    Map<String, String> top = null;
    StringBuilder chars = new StringBuilder();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName().toLowerCase(Locale.ROOT);
        chars.setLength(0);
        switch (name) {
          case "article" -> {
            id = firstNonNull(r.getAttributeValue(null, "docid"), r.getAttributeValue(null, "id"),
                String.valueOf(articles.size() + 1));
            text = null;
            raw = new ArrayList<>();
          }
          case "toponym", "location" -> top = new HashMap<>();
          case "gaztag" -> {
            if (top != null && r.getAttributeValue(null, "geonameid") != null) {
              top.put("geonameid", r.getAttributeValue(null, "geonameid"));
            }
          }
          default -> { }
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        chars.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName().toLowerCase(Locale.ROOT);
        if (name.equals("text") && top == null) {
          text = chars.toString();
        } else if (name.equals("toponym") || name.equals("location")) {
          if (top != null) {
            raw.add(top);
          }
          top = null;
        } else if (name.equals("article")) {
          if (text != null) {
            List<GeoGoldToponym> tops = new ArrayList<>();
            for (Map<String, String> m : raw) {
              GeoGoldToponym t = toponym(m, text);
              if (t == null) {
                skipped++;
              } else {
                tops.add(t);
              }
            }
            articles.add(new GeoGoldArticle(id, text, tops));
          } else {
            skipped += raw.size();
          }
          raw = new ArrayList<>();
        } else if (top != null) {
          top.putIfAbsent(name, chars.toString().strip());
        }
        chars.setLength(0);
      }
    }
    return new Corpus(articles, skipped);
  }

  /** The toponym of the collected fields, or null when offsets or numbers are missing or unusable. */
  private static GeoGoldToponym toponym(Map<String, String> m, String text) {
    try {
      int start = Integer.parseInt(m.getOrDefault("start", ""));
      int end = Integer.parseInt(m.getOrDefault("end", ""));
      String phrase = firstNonNull(m.get("phrase"), m.get("name"), "");
      int aligned = align(text, phrase, start);
      if (aligned >= 0) {
        start = aligned;
        end = aligned + phrase.length();
      }
      if (start < 0 || end <= start || end > text.length()) {
        return null;
      }
      String lat = firstNonNull(m.get("lat"), m.get("latitude"), "");
      String lon = firstNonNull(m.get("lon"), m.get("longitude"), m.get("lng"), "");
      boolean point = !lat.isEmpty() && !lon.isEmpty();
      double la = point ? Double.parseDouble(lat) : 0;
      double lo = point ? Double.parseDouble(lon) : 0;
      if (point && (Double.isNaN(la) || Double.isNaN(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180)) {
        return null;
      }
      String gid = firstNonNull(m.get("geonameid"), m.get("geonamesid"), "");
      OptionalLong id = gid.matches("\\d{1,12}") ? OptionalLong.of(Long.parseLong(gid)) : OptionalLong.empty();
      return new GeoGoldToponym(start, end, phrase, id, point, la, lo);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Where {@code phrase} occurs within {@value #SLACK} characters of {@code start} (nearest first), or -1. Some
   * corpora (GeoVirus) count offsets from 1; realigning on the annotated phrase repairs that without guessing.
   */
  private static int align(String text, String phrase, int start) {
    if (phrase.isEmpty()) {
      return -1;
    }
    for (int d = 0; d <= SLACK; d++) {
      for (int s : new int[] {start - d, start + d}) {
        if (s >= 0 && s + phrase.length() <= text.length() && text.startsWith(phrase, s)) {
          return s;
        }
      }
    }
    return -1;
  }

  private static final int SLACK = 3;

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}

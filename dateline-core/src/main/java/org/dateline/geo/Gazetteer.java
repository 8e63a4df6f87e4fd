package org.dateline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The in-memory gazetteer: flat arrays indexed by entry number (numbers, pooled codes, names as one UTF-8 blob) and
 * a sorted name-key index with postings, all read in bulk from the committed resource {@code gazetteer.bin.gz}
 * (see {@link GazetteerFormat}, tools/build-gazetteer.sh): no per-entry objects, so loading is a few array copies.
 * Immutable and thread-safe once loaded. Entry numbers are only meaningful within one loaded instance; {@link #id}
 * is the stable identifier.
 */
final class Gazetteer {
  static final String RESOURCE = "gazetteer.bin.gz";
  private static final int[] NONE = new int[0];
  /** First words of place names written either way, each mapped to the other form. */
  private static final Map<String, String> SHORT_FORMS = Map.of("st", "saint", "saint", "st", "ste", "sainte",
      "sainte", "ste", "mt", "mount", "mount", "mt", "ft", "fort", "fort", "ft");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /** The raw tables; see {@link GazetteerFormat} for how they are written and read. */
  record Tables(long[] ids, float[] lats, float[] lons, long[] pops, String[] pool, int[] codes, int[] countries,
      int[] admin1s, int[] admin2s, byte[] names, int[] nameOffsets, byte[] keys, int[] keyOffsets,
      int[] postingOffsets, int[] postings, Map<String, Integer> demonyms) {}

  private final Tables t;
  private final Map<String, Integer> countryByCode = new HashMap<>(512);
  private final Map<String, Integer> admin1ByCode = new HashMap<>(8192);

  Gazetteer(Tables t) {
    this.t = t;
    for (int e = 0; e < t.ids().length; e++) {
      String code = t.pool()[t.codes()[e]];
      if (code.startsWith("PCL")) {
        countryByCode.putIfAbsent(countryCode(e), e);
      } else if (code.equals("ADM1")) {
        admin1ByCode.putIfAbsent(countryCode(e) + "." + admin1(e), e);
      }
    }
  }

  /** The shared gazetteer of this JVM, loaded from the classpath on first use (a few hundred ms). */
  static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = loadResource();
  }

  private static Gazetteer loadResource() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource org/dateline/geo/" + RESOURCE
            + " is missing from the classpath; regenerate it with tools/build-gazetteer.sh");
      }
      return new Gazetteer(GazetteerFormat.readBinary(new GZIPInputStream(in, 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
    }
  }

  /** Parses the TSV format written by tools/gazetteer/build.mjs; malformed lines fail with their line number. */
  static Gazetteer load(InputStream tsv, String source) throws IOException {
    return new Gazetteer(GazetteerFormat.readTsv(tsv, source));
  }

  Tables tables() {
    return t;
  }

  /**
   * The lookup key of a name: accents stripped, lower case, periods and apostrophes dropped, hyphens as spaces,
   * commas dropped, whitespace collapsed ("St. Louis" and "st louis" share a key). Matches the build script's normalisation.
   */
  static String key(String name) {
    if (isKey(name)) {
      return name;
    }
    String s = name;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '\u2019' || c == ',') {
        continue;
      }
      if (c == '-' || c == '\u2010' || c == '\u2013' || Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** Whether {@code s} is already a key: lower-case ASCII letters and digits, single inner spaces. */
  private static boolean isKey(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (c == ' ' && i > 0 && i < s.length() - 1 && s.charAt(i - 1) != ' ');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return t.ids().length;
  }

  /**
   * Entries whose name or an alternate name has {@code key} (see {@link #key}); failing that, the key with its
   * abbreviated or spelled-out first word swapped ("st marc" finds Saint-Marc, "saint louis" St. Louis, "mt
   * hood" Mount Hood); empty if none.
   */
  int[] lookup(String key) {
    int[] hits = exact(key);
    int sp = key.indexOf(' ');
    if (hits.length == 0 && sp > 0) {
      String other = SHORT_FORMS.get(key.substring(0, sp));
      if (other != null) {
        hits = exact(other + key.substring(sp));
      }
    }
    return hits;
  }

  private int[] exact(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = t.keyOffsets().length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(t.keys(), t.keyOffsets()[mid], t.keyOffsets()[mid + 1], k, 0, k.length);
      if (c == 0) {
        return Arrays.copyOfRange(t.postings(), t.postingOffsets()[mid], t.postingOffsets()[mid + 1]);
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return NONE;
  }

  /** The country entry for an ISO 3166-1 alpha-2 code, or -1. */
  int country(String cc) {
    return countryByCode.getOrDefault(cc, -1);
  }

  /** The ADM1 entry for a country code and GeoNames admin1 code, or -1. */
  int admin1(String cc, String admin1) {
    return admin1ByCode.getOrDefault(cc + "." + admin1, -1);
  }

  /** The country entry a demonym key ("syrian") refers to, or -1. */
  int demonym(String key) {
    return t.demonyms().getOrDefault(key, -1);
  }

  long id(int e) {
    return t.ids()[e];
  }

  String name(int e) {
    int from = t.nameOffsets()[e];
    return new String(t.names(), from, t.nameOffsets()[e + 1] - from, StandardCharsets.UTF_8);
  }

  /** Latitude, rounded to the resource's 4 decimals (floats are stored). */
  double lat(int e) {
    return Math.round(t.lats()[e] * 1e4) / 1e4;
  }

  double lon(int e) {
    return Math.round(t.lons()[e] * 1e4) / 1e4;
  }

  String featureCode(int e) {
    return t.pool()[t.codes()[e]];
  }

  /** GeoNames feature class derived from the code: A (countries, divisions), P (places) or L (regions). */
  String featureClass(int e) {
    String c = featureCode(e);
    if (c.startsWith("PPL") || c.equals("STLMT")) {
      return "P";
    }
    return c.equals("CONT") || c.equals("RGN") ? "L" : "A";
  }

  String countryCode(int e) {
    return t.pool()[t.countries()[e]];
  }

  String admin1(int e) {
    return t.pool()[t.admin1s()[e]];
  }

  String admin2(int e) {
    return t.pool()[t.admin2s()[e]];
  }

  long population(int e) {
    return t.pops()[e];
  }

  Level level(int e) {
    String c = featureCode(e);
    if (c.startsWith("PCL")) {
      return Level.COUNTRY;
    }
    if (c.equals("CONT") || c.equals("RGN")) {
      return Level.AREA;
    }
    if (c.startsWith("ADM")) {
      return c.equals("ADM1") ? Level.ADMIN1 : Level.ADMIN2;
    }
    return Level.CITY;
  }

  /** Coarse kind of an entry, used by the scorer and the focus ranking. */
  enum Level { AREA, COUNTRY, ADMIN1, ADMIN2, CITY }
}

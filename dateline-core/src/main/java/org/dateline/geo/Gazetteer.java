package org.dateline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The in-memory gazetteer: parallel arrays indexed by entry number plus a normalised-name index. Built from the
 * committed resource {@code gazetteer.tsv.gz} (see tools/build-gazetteer.sh); immutable and thread-safe once
 * loaded. Entry numbers are only meaningful within one loaded instance; {@link #id} is the stable identifier.
 */
final class Gazetteer {
  static final String RESOURCE = "gazetteer.tsv.gz";
  private static final int[] NONE = new int[0];
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private final long[] ids;
  private final String[] names;
  private final float[] lats;
  private final float[] lons;
  private final String[] codes;
  private final String[] countries;
  private final String[] admin1s;
  private final String[] admin2s;
  private final long[] pops;
  private final Map<String, int[]> byName;
  private final Map<String, Integer> countryByCode;
  private final Map<String, Integer> admin1ByCode;
  private final Map<String, Integer> demonyms;

  private Gazetteer(int n) {
    ids = new long[n];
    names = new String[n];
    lats = new float[n];
    lons = new float[n];
    codes = new String[n];
    countries = new String[n];
    admin1s = new String[n];
    admin2s = new String[n];
    pops = new long[n];
    byName = new HashMap<>(n * 3);
    countryByCode = new HashMap<>(512);
    admin1ByCode = new HashMap<>(8192);
    demonyms = new HashMap<>(512);
  }

  /** The shared gazetteer of this JVM, loaded from the classpath on first use (about a second). */
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
      return load(new GZIPInputStream(in, 1 << 16), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
    }
  }

  /** Parses the TSV format written by tools/gazetteer/build.mjs; malformed lines fail with their line number. */
  static Gazetteer load(InputStream tsv, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
    java.util.List<String> lines = new java.util.ArrayList<>(240_000);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (!line.isEmpty() && line.charAt(0) != '#') {
        lines.add(line);
      }
    }
    Gazetteer g = new Gazetteer(lines.size());
    Map<String, String> interned = new HashMap<>();
    Map<String, int[]> index = g.byName;
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 11) {
        throw new IllegalArgumentException(source + " entry " + (i + 1) + ": expected 11 tab-separated fields, got "
            + f.length);
      }
      try {
        g.ids[i] = Long.parseLong(f[0]);
        g.names[i] = f[1];
        g.lats[i] = Float.parseFloat(f[2]);
        g.lons[i] = Float.parseFloat(f[3]);
        g.pops[i] = Long.parseLong(f[8]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " entry " + (i + 1) + ": bad number: " + e.getMessage(), e);
      }
      g.codes[i] = interned.computeIfAbsent(f[4], k -> k);
      g.countries[i] = interned.computeIfAbsent(f[5], k -> k);
      g.admin1s[i] = interned.computeIfAbsent(f[6], k -> k);
      g.admin2s[i] = f[7].isEmpty() ? "" : f[7];
      add(index, key(f[1]), i);
      if (!f[9].isEmpty()) {
        for (String alt : f[9].split("\\|")) {
          add(index, key(alt), i);
        }
      }
      String code = g.codes[i];
      if (code.startsWith("PCL")) {
        g.countryByCode.putIfAbsent(f[5], i);
        for (String d : f[10].isEmpty() ? new String[0] : f[10].split("\\|")) {
          // "American" names several territories too: the most populous country keeps the demonym
          Integer prev = g.demonyms.get(key(d));
          if (prev == null || g.pops[prev] < g.pops[i]) {
            g.demonyms.put(key(d), i);
          }
        }
      } else if (code.equals("ADM1")) {
        g.admin1ByCode.putIfAbsent(f[5] + "." + f[6], i);
      }
    }
    return g;
  }

  private static void add(Map<String, int[]> index, String key, int entry) {
    if (key.isEmpty()) {
      return;
    }
    int[] prev = index.get(key);
    if (prev == null) {
      index.put(key, new int[] {entry});
    } else if (prev[prev.length - 1] != entry) {
      int[] next = Arrays.copyOf(prev, prev.length + 1);
      next[prev.length] = entry;
      index.put(key, next);
    }
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
    return ids.length;
  }

  /** Entries whose name or an alternate name has {@code key} (see {@link #key}); empty if none. */
  int[] lookup(String key) {
    return byName.getOrDefault(key, NONE);
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
    return demonyms.getOrDefault(key, -1);
  }

  long id(int e) {
    return ids[e];
  }

  String name(int e) {
    return names[e];
  }

  /** Latitude, rounded to the resource's 4 decimals (floats are stored). */
  double lat(int e) {
    return Math.round(lats[e] * 1e4) / 1e4;
  }

  double lon(int e) {
    return Math.round(lons[e] * 1e4) / 1e4;
  }

  String featureCode(int e) {
    return codes[e];
  }

  /** GeoNames feature class derived from the code: A (countries, divisions), P (places) or L (regions). */
  String featureClass(int e) {
    String c = codes[e];
    if (c.startsWith("PPL") || c.equals("STLMT")) {
      return "P";
    }
    return c.equals("CONT") || c.equals("RGN") ? "L" : "A";
  }

  String countryCode(int e) {
    return countries[e];
  }

  String admin1(int e) {
    return admin1s[e];
  }

  String admin2(int e) {
    return admin2s[e];
  }

  long population(int e) {
    return pops[e];
  }

  Level level(int e) {
    String c = codes[e];
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

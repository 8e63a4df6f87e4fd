package org.dateline.geo;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The two gazetteer formats. The TSV written by tools/gazetteer/build.mjs is the reviewable source; the binary
 * resource (big-endian: magic, version, then each table of {@link Gazetteer.Tables} as a length-prefixed array) is
 * what the runtime loads in bulk. {@link #main} converts one into the other (run by tools/build-gazetteer.sh), with
 * the index keys computed by {@link Gazetteer#key} itself so that lookups and the index always agree.
 */
final class GazetteerFormat {
  static final int MAGIC = 0x444c475a; // "DLGZ"
  static final int VERSION = 1;

  private GazetteerFormat() {}

  /** {@code GazetteerFormat IN.tsv.gz OUT.bin.gz}: converts the TSV to the binary resource. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GazetteerFormat IN.tsv.gz OUT.bin.gz");
      System.exit(2);
    }
    Gazetteer.Tables t;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
      t = readTsv(in, args[0]);
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      writeBinary(t, out);
    }
  }

  /** Parses the TSV (11 tab-separated fields a line, '#' comments); malformed lines fail with their number. */
  static Gazetteer.Tables readTsv(InputStream tsv, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
    List<String[]> rows = new ArrayList<>(240_000);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 11) {
        throw new IllegalArgumentException(source + " entry " + (rows.size() + 1)
            + ": expected 11 tab-separated fields, got " + f.length);
      }
      rows.add(f);
    }
    int n = rows.size();
    long[] ids = new long[n];
    float[] lats = new float[n];
    float[] lons = new float[n];
    long[] pops = new long[n];
    int[][] pooled = new int[4][n];
    Map<String, Integer> pool = new LinkedHashMap<>();
    ByteArrayOutputStream names = new ByteArrayOutputStream(n * 12);
    int[] nameOffsets = new int[n + 1];
    TreeMap<byte[], List<Integer>> index = new TreeMap<>(Arrays::compareUnsigned);
    Map<String, Integer> demonyms = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i);
      try {
        ids[i] = Long.parseLong(f[0]);
        lats[i] = Float.parseFloat(f[2]);
        lons[i] = Float.parseFloat(f[3]);
        pops[i] = Long.parseLong(f[8]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + " entry " + (i + 1) + ": bad number: " + e.getMessage(), e);
      }
      for (int c = 0; c < 4; c++) {
        pooled[c][i] = pool.computeIfAbsent(f[4 + c], k -> pool.size());
      }
      names.writeBytes(f[1].getBytes(StandardCharsets.UTF_8));
      nameOffsets[i + 1] = names.size();
      post(index, Gazetteer.key(f[1]), i);
      for (String alt : f[9].isEmpty() ? new String[0] : f[9].split("\\|")) {
        post(index, Gazetteer.key(alt), i);
      }
      if (f[4].startsWith("PCL") && !f[10].isEmpty()) {
        for (String d : f[10].split("\\|")) {
          // "American" names several territories too: the most populous country keeps the demonym
          Integer prev = demonyms.get(Gazetteer.key(d));
          if (prev == null || pops[prev] < pops[i]) {
            demonyms.put(Gazetteer.key(d), i);
          }
        }
      }
    }
    ByteArrayOutputStream keys = new ByteArrayOutputStream(index.size() * 10);
    int[] keyOffsets = new int[index.size() + 1];
    int[] postingOffsets = new int[index.size() + 1];
    int[] postings = new int[index.values().stream().mapToInt(List::size).sum()];
    int k = 0;
    int p = 0;
    for (Map.Entry<byte[], List<Integer>> x : index.entrySet()) {
      keys.writeBytes(x.getKey());
      for (int e : x.getValue()) {
        postings[p++] = e;
      }
      k++;
      keyOffsets[k] = keys.size();
      postingOffsets[k] = p;
    }
    return new Gazetteer.Tables(ids, lats, lons, pops, pool.keySet().toArray(String[]::new), pooled[0], pooled[1],
        pooled[2], pooled[3], names.toByteArray(), nameOffsets, keys.toByteArray(), keyOffsets, postingOffsets,
        postings, Map.copyOf(demonyms));
  }

  private static void post(TreeMap<byte[], List<Integer>> index, String key, int entry) {
    if (key.isEmpty()) {
      return;
    }
    List<Integer> list = index.computeIfAbsent(key.getBytes(StandardCharsets.UTF_8), x -> new ArrayList<>(1));
    if (list.isEmpty() || list.get(list.size() - 1) != entry) {
      list.add(entry);
    }
  }

  /** Writes the binary form of {@code t} (not closed). */
  static void writeBinary(Gazetteer.Tables t, OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(t.ids().length);
    for (long v : t.ids()) {
      out.writeLong(v);
    }
    for (float v : t.lats()) {
      out.writeFloat(v);
    }
    for (float v : t.lons()) {
      out.writeFloat(v);
    }
    for (long v : t.pops()) {
      out.writeLong(v);
    }
    out.writeInt(t.pool().length);
    for (String s : t.pool()) {
      out.writeUTF(s);
    }
    for (int[] a : List.of(t.codes(), t.countries(), t.admin1s(), t.admin2s())) {
      ints(out, a);
    }
    bytes(out, t.names());
    ints(out, t.nameOffsets());
    bytes(out, t.keys());
    ints(out, t.keyOffsets());
    ints(out, t.postingOffsets());
    ints(out, t.postings());
    Map<String, Integer> dem = new TreeMap<>(t.demonyms());
    out.writeInt(dem.size());
    for (Map.Entry<String, Integer> d : dem.entrySet()) {
      out.writeUTF(d.getKey());
      out.writeInt(d.getValue());
    }
    out.flush();
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }

  private static void bytes(DataOutputStream out, byte[] a) throws IOException {
    out.writeInt(a.length);
    out.write(a);
  }

  /** Reads what {@link #writeBinary} wrote; a wrong magic or version fails with a hint to regenerate. */
  static Gazetteer.Tables readBinary(InputStream in) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
    if (b.remaining() < 12 || b.getInt() != MAGIC || b.getInt() != VERSION) {
      throw new IOException("not a version-" + VERSION + " Dateline gazetteer; regenerate it with "
          + "tools/build-gazetteer.sh");
    }
    int n = b.getInt();
    long[] ids = longs(b, n);
    float[] lats = floats(b, n);
    float[] lons = floats(b, n);
    long[] pops = longs(b, n);
    String[] pool = new String[b.getInt()];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = utf(b);
    }
    int[] codes = ints(b);
    int[] countries = ints(b);
    int[] admin1s = ints(b);
    int[] admin2s = ints(b);
    byte[] names = bytes(b);
    int[] nameOffsets = ints(b);
    byte[] keys = bytes(b);
    int[] keyOffsets = ints(b);
    int[] postingOffsets = ints(b);
    int[] postings = ints(b);
    int d = b.getInt();
    Map<String, Integer> demonyms = new HashMap<>(d * 2);
    for (int i = 0; i < d; i++) {
      String key = utf(b);
      demonyms.put(key, b.getInt());
    }
    return new Gazetteer.Tables(ids, lats, lons, pops, pool, codes, countries, admin1s, admin2s, names, nameOffsets,
        keys, keyOffsets, postingOffsets, postings, Map.copyOf(demonyms));
  }

  private static long[] longs(ByteBuffer b, int n) {
    long[] a = new long[n];
    b.asLongBuffer().get(a);
    b.position(b.position() + 8 * n);
    return a;
  }

  private static float[] floats(ByteBuffer b, int n) {
    float[] a = new float[n];
    b.asFloatBuffer().get(a);
    b.position(b.position() + 4 * n);
    return a;
  }

  private static int[] ints(ByteBuffer b) {
    int[] a = new int[b.getInt()];
    b.asIntBuffer().get(a);
    b.position(b.position() + 4 * a.length);
    return a;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] a = new byte[b.getInt()];
    b.get(a);
    return a;
  }

  /** A string as {@link DataOutputStream#writeUTF} wrote it (plain UTF-8 for the codes and keys stored here). */
  private static String utf(ByteBuffer b) {
    int len = b.getShort() & 0xffff;
    String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
    b.position(b.position() + len);
    return s;
  }
}

package org.dateline.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads the bundled tab-separated lexicons; '#' starts a comment line. */
final class Lexicons {
  private Lexicons() {}

  static void read(String resource, BiConsumer<String, String> row) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing bundled lexicon " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + ":" + n + ": expected key<TAB>value, got '" + line + "'");
        }
        row.accept(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon " + resource, e);
    }
  }

  static List<String[]> cues(String value) {
    List<String[]> out = new ArrayList<>();
    for (String cue : value.split("\\s+")) {
      out.add(cue.split("_"));
    }
    return out;
  }
}

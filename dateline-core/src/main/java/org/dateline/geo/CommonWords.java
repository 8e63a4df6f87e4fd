package org.dateline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Lowercase English words (SCOWL, built by {@code tools/build-common-words.sh}). A capitalised word found here
 * ("Chair", "Federal", "Western") is a place only when NER says so: as a bare gazetteer match it is far more often
 * the common word. Immutable after loading; thread-safe.
 */
final class CommonWords {
  private static final String RESOURCE = "common-words.txt.gz";

  private final Set<String> words;

  private CommonWords(Set<String> words) {
    this.words = words;
  }

  /** The word list of this JVM, read from the classpath on first use. */
  static CommonWords shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CommonWords INSTANCE = load();
  }

  /** Whether {@code word} (any case) is a common English word. */
  boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static CommonWords load() {
    InputStream in = CommonWords.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
    }
    Set<String> words = new HashSet<>(90_000);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CommonWords(words); // never mutated after loading
  }
}

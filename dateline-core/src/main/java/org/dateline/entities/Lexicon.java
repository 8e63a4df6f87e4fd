package org.dateline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.model.EntityType;

/**
 * The curated name lists behind entity repair: well-known organisations and countries with their aliases,
 * demonyms and capitals (capitals stand for governments: "Washington said"), and the title lexicon. Loaded once
 * from classpath resources; immutable and thread-safe.
 */
final class Lexicon {
  /** A canonical name and its type. */
  record Entry(String canonical, EntityType type) {}

  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, Entry> phrases = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  private final Set<String> roleHeads = new HashSet<>();
  private final Set<String> roleMods = new HashSet<>();
  private final Set<String> ranks = new HashSet<>();
  private final Map<String, String> abbreviations = new HashMap<>();
  private final Set<String> honorifics = new HashSet<>();
  private int maxPhraseTokens = 1;

  private Lexicon() {
    load("organizations.tsv", cols -> {
      Entry e = new Entry(cols[0], EntityType.ORGANIZATION);
      addPhrase(cols[0], e);
      for (String alias : list(cols, 1)) {
        addPhrase(alias, e);
      }
    });
    load("countries.tsv", cols -> {
      Entry e = new Entry(cols[0], EntityType.LOCATION);
      addPhrase(cols[0], e);
      for (String alias : list(cols, 1)) {
        addPhrase(alias, e);
      }
      for (String demonym : list(cols, 2)) {
        demonyms.putIfAbsent(demonym, cols[0]);
      }
      for (String capital : list(cols, 3)) {
        capitals.put(capital, cols[0]);
      }
    });
    load("titles.tsv", cols -> {
      List<String> values = list(cols, 1);
      switch (cols[0]) {
        case "role" -> values.forEach(v -> roleHeads.add(v.toLowerCase(Locale.ROOT)));
        case "mod" -> values.forEach(v -> roleMods.add(v.toLowerCase(Locale.ROOT)));
        case "rank" -> ranks.addAll(values);
        case "honorific" -> honorifics.addAll(values);
        case "abbr" -> values.forEach(v -> {
          int eq = v.indexOf('=');
          abbreviations.put(v.substring(0, eq), v.substring(eq + 1));
        });
        default -> throw new IllegalStateException("titles.tsv: unknown kind '" + cols[0] + "'");
      }
    });
  }

  static Lexicon get() {
    return INSTANCE;
  }

  private void addPhrase(String phrase, Entry e) {
    String key = phrase.trim().replaceAll("\\s+", " ");
    phrases.putIfAbsent(key, e);
    maxPhraseTokens = Math.max(maxPhraseTokens, key.split(" ").length);
  }

  private static List<String> list(String[] cols, int i) {
    return i < cols.length && !cols[i].isBlank() ? List.of(cols[i].split("\\|")) : List.of();
  }

  private static void load(String name, Consumer<String[]> row) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource org/dateline/entities/" + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols[0].isBlank()) {
          throw new IllegalStateException(name + ":" + n + ": first column must not be empty");
        }
        row.accept(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The entry for a phrase written exactly so (tokens joined by single spaces). */
  Optional<Entry> phrase(String phrase) {
    return Optional.ofNullable(phrases.get(phrase));
  }

  int maxPhraseTokens() {
    return maxPhraseTokens;
  }

  /** The country a demonym ("Turkish") belongs to. */
  Optional<String> countryOfDemonym(String word) {
    String country = demonyms.get(word);
    if (country == null && word.endsWith("s")) {
      country = demonyms.get(word.substring(0, word.length() - 1));
    }
    return Optional.ofNullable(country);
  }

  /** The country whose government a capital city name can stand for ("Washington" for United States). */
  Optional<String> countryOfCapital(String word) {
    return Optional.ofNullable(capitals.get(word));
  }

  boolean isRoleHead(String word) {
    return roleHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isRoleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return roleHeads.contains(w) || roleMods.contains(w);
  }

  boolean isRank(String word) {
    return ranks.contains(word);
  }

  /** The role an abbreviated title stands for ("Sen." gives "senator"). */
  Optional<String> abbreviation(String word) {
    return Optional.ofNullable(abbreviations.get(word));
  }

  boolean isHonorific(String word) {
    return honorifics.contains(word);
  }

  /** Any title word that may be written before a name and is not part of it. */
  boolean isTitleWord(String word) {
    return isRank(word) || isHonorific(word) || abbreviations.containsKey(word) || isRoleWord(word);
  }
}

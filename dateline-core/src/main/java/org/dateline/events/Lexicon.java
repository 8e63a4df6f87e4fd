package org.dateline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event triggers mapped to CAMEO codes. File format (docs/events.md), one entry a line:
 * {@code KIND trigger = CODE[:REVERSE]} sets a trigger's default code and {@code KIND trigger | before * after = CODE}
 * adds a pattern whose words must occur (in order, gaps allowed) before and after the trigger. KIND is {@code V}
 * (verb), {@code N} (noun) or {@code S} (stance phrase, coded only in attributed statements, with the speaker as
 * source). {@code &name = a; b c} defines a word set usable in patterns as {@code &name}. CODE {@code ---} means
 * "no event". The first entry for a trigger in a file replaces what earlier files said about that trigger.
 */
final class Lexicon {
  enum Kind { V, N, S }

  /** A coded outcome: {@code code} source to target and, when set, {@code reverse} target to source. */
  record Coding(String code, Optional<String> reverse) {
    boolean isNull() {
      return code.equals("---");
    }
  }

  /**
   * A pattern: each element is a set of alternative word sequences; {@code compound} (written {@code %}) requires
   * the source to be a list of actors ("X and Y agree").
   */
  record Rule(List<List<List<String>>> before, List<List<List<String>>> after, boolean compound, Coding coding) {
    int weight() {
      return before.size() + after.size() + (compound ? 1 : 0);
    }
  }

  /** Everything known about one trigger. */
  static final class Entry {
    final Kind kind;
    final String trigger;
    Coding fallback;
    final List<Rule> rules = new ArrayList<>();

    Entry(Kind kind, String trigger) {
      this.kind = kind;
      this.trigger = trigger;
    }
  }

  private static final String BUILTIN = "lexicon.txt";
  private final Map<Kind, PhraseIndex<Entry>> indexes = Map.of(
      Kind.V, new PhraseIndex<>(), Kind.N, new PhraseIndex<>(), Kind.S, new PhraseIndex<>());
  private final Map<String, Entry> entries = new HashMap<>();

  static Lexicon builtin() {
    Lexicon l = new Lexicon();
    try (InputStream in = Lexicon.class.getResourceAsStream(BUILTIN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dateline/events/" + BUILTIN);
      }
      l.load(new InputStreamReader(in, StandardCharsets.UTF_8), BUILTIN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + BUILTIN, e);
    }
    return l;
  }

  PhraseIndex<Entry> index(Kind kind) {
    return indexes.get(kind);
  }

  void load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      load(r, file.toString());
    }
  }

  void load(Reader reader, String source) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    Map<String, List<List<String>>> sets = new HashMap<>();
    Set<String> seenHere = new HashSet<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String s = (hash < 0 ? line : line.substring(0, hash)).trim();
      if (s.isEmpty()) {
        continue;
      }
      int eq = s.lastIndexOf('=');
      if (eq <= 0) {
        throw new DictionaryFormatException(source, n, "entry must be 'KIND trigger [| pattern] = CODE'", s);
      }
      String left = s.substring(0, eq).trim();
      String right = s.substring(eq + 1).trim();
      if (left.startsWith("&")) {
        List<List<String>> members = new ArrayList<>();
        for (String m : right.split(";")) {
          if (!m.isBlank()) {
            members.add(words(m));
          }
        }
        sets.put(left.substring(1).trim().toLowerCase(Locale.ROOT), members);
        continue;
      }
      addEntry(left, right, sets, seenHere, source, n, s);
    }
  }

  private void addEntry(String left, String right, Map<String, List<List<String>>> sets, Set<String> seenHere,
      String source, int n, String s) {
    String[] kindAndRest = left.split("\\s+", 2);
    Kind kind;
    try {
      kind = Kind.valueOf(kindAndRest[0]);
    } catch (IllegalArgumentException e) {
      throw new DictionaryFormatException(source, n, "KIND must be V, N or S", kindAndRest[0]);
    }
    if (kindAndRest.length < 2) {
      throw new DictionaryFormatException(source, n, "entry needs a trigger after its KIND", s);
    }
    String rest = kindAndRest[1];
    int bar = rest.indexOf('|');
    String trigger = String.join(" ", words(bar < 0 ? rest : rest.substring(0, bar)));
    if (trigger.isEmpty()) {
      throw new DictionaryFormatException(source, n, "trigger must not be empty", s);
    }
    Coding coding = coding(right, source, n);
    String key = kind + " " + trigger;
    Entry e = entries.get(key);
    if (seenHere.add(key) || e == null) {
      e = new Entry(kind, trigger);
      entries.put(key, e);
      indexes.get(kind).put(trigger, e);
    }
    if (bar < 0) {
      e.fallback = coding;
      return;
    }
    String pattern = rest.substring(bar + 1).trim();
    int star = pattern.indexOf('*');
    if (star < 0 || pattern.indexOf('*', star + 1) >= 0) {
      throw new DictionaryFormatException(source, n, "pattern must contain exactly one '*' for the trigger", pattern);
    }
    boolean compound = pattern.contains("%");
    pattern = pattern.replace("%", " ");
    star = pattern.indexOf('*');
    e.rules.add(new Rule(elements(pattern.substring(0, star), sets, source, n),
        elements(pattern.substring(star + 1), sets, source, n), compound, coding));
  }

  private static Coding coding(String field, String source, int n) {
    String[] parts = field.split(":");
    for (String p : parts) {
      if (!p.equals("---") && !Cameo.isValid(p)) {
        throw new DictionaryFormatException(source, n, "code must be 2-4 digits with an optional letter, or ---", field);
      }
    }
    if (parts.length > 2) {
      throw new DictionaryFormatException(source, n, "code must be CODE or CODE:REVERSE", field);
    }
    return new Coding(parts[0], parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
  }

  private static List<List<List<String>>> elements(String text, Map<String, List<List<String>>> sets,
      String source, int n) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String w : words(text)) {
      if (w.startsWith("&")) {
        List<List<String>> set = sets.get(w.substring(1).toLowerCase(Locale.ROOT));
        if (set == null) {
          throw new DictionaryFormatException(source, n, "word set must be defined before use", w);
        }
        out.add(set);
      } else {
        out.add(List.of(List.of(w)));
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : PhraseIndex.split(text)) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

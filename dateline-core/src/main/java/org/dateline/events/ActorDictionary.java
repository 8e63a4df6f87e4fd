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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor names and agent (role) words with their CAMEO-style codes. File format (docs/events.md): sections
 * {@code [actors]} and {@code [agents]}; lines {@code CODES = name; name; ...}; {@code #} starts a comment. In the
 * actors section CODES is one or more {@code CODE[/CODE...][@FROM..TO]} alternatives (ISO dates, either end
 * open), tried in order against the article date; with no date the first applies. In the agents section CODES
 * is one role code, appended to the country code ({@code GOV}) or, written {@code NGO~}, put before it.
 * Later files override earlier entries with the same name.
 */
final class ActorDictionary {
  /** One dated alternative: the codes a name stands for between {@code from} and {@code to} (inclusive). */
  record DatedCodes(List<String> codes, Optional<LocalDate> from, Optional<LocalDate> to) {
    boolean covers(LocalDate d) {
      return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
    }
  }

  /** A named actor: its alternatives, in file order. */
  record ActorEntry(String name, List<DatedCodes> alternatives) {
    List<String> codesAt(Optional<LocalDate> date) {
      if (date.isPresent()) {
        for (DatedCodes d : alternatives) {
          if (d.covers(date.get())) {
            return d.codes();
          }
        }
        return List.of();
      }
      return alternatives.get(0).codes();
    }
  }

  /** A role word: {@code code} such as GOV or MIL, placed before the country code when {@code prefix}. */
  record AgentEntry(String name, String code, boolean prefix) {}

  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{3,}(/[A-Z0-9-]{3,})*");
  private static final Pattern ALT = Pattern.compile("([^@]+)(?:@([0-9-]*)\\.\\.([0-9-]*))?");
  private static final String BUILTIN = "actors.txt";

  private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
  private final PhraseIndex<AgentEntry> agents = new PhraseIndex<>();

  PhraseIndex<ActorEntry> actors() {
    return actors;
  }

  PhraseIndex<AgentEntry> agents() {
    return agents;
  }

  /** The dictionary compiled with Dateline (countries, capitals, IGOs, armed groups, leaders, role words). */
  static ActorDictionary builtin() {
    ActorDictionary d = new ActorDictionary();
    d.loadResource(BUILTIN);
    return d;
  }

  void loadResource(String name) {
    try (InputStream in = ActorDictionary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/dateline/events/" + name);
      }
      load(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  void load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      load(r, file.toString());
    }
  }

  void load(Reader reader, String source) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String section = null;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String s = stripComment(line).trim();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        section = s.substring(1, s.length() - 1).trim();
        if (!section.equals("actors") && !section.equals("agents")) {
          throw new DictionaryFormatException(source, n, "section must be [actors] or [agents]", s);
        }
        continue;
      }
      if (section == null) {
        throw new DictionaryFormatException(source, n, "entries must follow an [actors] or [agents] header", s);
      }
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new DictionaryFormatException(source, n, "entry must be 'CODES = name; name'", s);
      }
      String codes = s.substring(0, eq).trim();
      List<String> names = names(s.substring(eq + 1));
      if (section.equals("actors")) {
        List<DatedCodes> alts = alternatives(codes, source, n);
        for (String name : names) {
          actors.put(name, new ActorEntry(name, alts));
        }
      } else {
        boolean prefix = codes.endsWith("~");
        String code = codes.replace("~", "");
        if (!CODE.matcher(code).matches() || code.contains("/")) {
          throw new DictionaryFormatException(source, n, "agent code must be 3+ capitals, optionally ending in ~", codes);
        }
        for (String name : names) {
          agents.put(name, new AgentEntry(name, code, prefix));
        }
      }
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    for (String name : list.split(";")) {
      if (!name.isBlank()) {
        out.add(name.trim());
      }
    }
    return out;
  }

  private static List<DatedCodes> alternatives(String field, String source, int line) {
    List<DatedCodes> out = new ArrayList<>();
    for (String alt : field.split("\\s+")) {
      Matcher m = ALT.matcher(alt);
      if (!m.matches() || !CODE.matcher(m.group(1)).matches()) {
        throw new DictionaryFormatException(source, line,
            "actor code must be CODE[/CODE][@YYYY-MM-DD..YYYY-MM-DD] with 3+ capitals per code", alt);
      }
      try {
        out.add(new DatedCodes(List.of(m.group(1).split("/")), date(m.group(2)), date(m.group(3))));
      } catch (DateTimeParseException e) {
        throw new DictionaryFormatException(source, line, "dates must be ISO yyyy-mm-dd", alt);
      }
    }
    return List.copyOf(out);
  }

  private static Optional<LocalDate> date(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
  }
}

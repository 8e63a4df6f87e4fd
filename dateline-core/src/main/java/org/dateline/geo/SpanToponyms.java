package org.dateline.geo;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.geo.Toponym.Scope;
import org.dateline.model.PlaceType;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Token;

/**
 * Turns a given span (a gold toponym) into a {@link Toponym}: the span as written, else as an abbreviation,
 * metonym or demonym, else after dropping articles, possessives, direction words and generic heads ("northern
 * Syria", "Idlib province"), else its longest capitalised part found in the gazetteer.
 */
final class SpanToponyms {
  private static final Set<String> MODIFIERS = Set.of("the", "north", "northern", "south", "southern", "east",
      "eastern", "west", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
      "northeast", "northwest", "southeast", "southwest", "greater", "downtown", "metro", "metropolitan", "upper",
      "lower", "rural", "suburban", "mainland", "coastal");
  private static final Set<String> HEADS = Set.of("province", "provinces", "governorate", "region", "state",
      "county", "district", "city", "area", "oblast", "prefecture", "department", "territory", "island", "islands",
      "valley", "municipality", "town", "village", "republic");

  /** Words that name a kind of feature, not a place, when they stand alone ("Lake", "Valley", "Bay"). */
  private static final Set<String> GENERIC = Set.of("lake", "lakes", "bay", "river", "sea", "mount", "mountain",
      "mountains", "fort", "port", "park", "square", "street", "road", "beach", "falls", "springs", "creek", "harbor",
      "harbour", "gulf", "cape", "point", "the valley", "new", "saint", "st", "san", "union", "western", "eastern");

  /** Suffix of an inhabitant name or adjective and what replaces it in the place name, most specific first. */
  private static final String[][] INHABITANT_SUFFIXES = {{"ian", "io"}, {"an", "a"}, {"n", ""}, {"an", "as"}, {"an", ""},
      {"an", "e"}, {"er", ""}, {"ite", ""}, {"i", ""}, {"", "ia"}};

  /** "and South America": the words after the second direction word complete the first. */
  private static final Pattern ELLIPSIS = Pattern.compile("\\s+(?:and|or|&)\\s+\\p{Lu}\\p{L}*\\s+(\\p{Lu}\\p{L}*)");

  private final Gazetteer gaz;
  private final ToponymFinder finder;

  SpanToponyms(Gazetteer gaz, ToponymFinder finder) {
    this.gaz = gaz;
    this.finder = finder;
  }

  Toponym of(NlpDoc doc, TextSpan span) {
    String surface = span.text().strip();
    String key = Gazetteer.key(surface);
    PlaceType type = orgTagged(doc, span) ? PlaceType.METONYMIC : PlaceType.LITERAL;
    String cc = Abbreviations.COUNTRY_ABBREVIATIONS.get(surface);
    if (cc != null && gaz.country(cc) >= 0) {
      return new Toponym(span.start(), span.end(), key, type, Scope.COUNTRY, "gold-span", gaz.country(cc));
    }
    String elided = elided(doc.text(), span.end(), key);
    if (elided != null) {
      return new Toponym(span.start(), span.end(), elided, type, Scope.ANY, "gold-span-elided", -1);
    }
    int state = stateAbbreviation(surface);
    if (state >= 0) {
      return new Toponym(span.start(), span.end(), key, type, Scope.ADMIN, "gold-span", state);
    }
    if (gaz.lookup(key).length > 0) {
      return new Toponym(span.start(), span.end(), key, type, Cues.scope(doc.text(), span.start(), span.end()),
          "gold-span", -1);
    }
    int dem = finder.demonym(key);
    if (dem >= 0) {
      return new Toponym(span.start(), span.end(), key, PlaceType.DEMONYM, Scope.COUNTRY, "gold-span", dem);
    }
    String base = inhabitantBase(key);
    if (base != null) {
      return new Toponym(span.start(), span.end(), base, PlaceType.DEMONYM, Scope.ANY, "gold-span-inhabitants", -1);
    }
    String reduced = reduce(key);
    if (!reduced.equals(key) && gaz.lookup(reduced).length > 0) {
      // "Idlib province" is an administrative unit; "Salinas Valley", "Kansas City" or "Rhodes island" need not be
      Scope scope = Cues.ADMIN_WORDS.stream().anyMatch(h -> key.endsWith(" " + h)) ? Scope.ADMIN : Scope.ANY;
      return new Toponym(span.start(), span.end(), reduced, type, scope, "gold-span-reduced", -1);
    }
    String[] words = surface.split("\\s+");
    // "Washington Drive": a street is in the town the article is about, not in the place it is named after
    String part = NameWords.THOROUGHFARES.contains(words[words.length - 1]) ? null : longestPart(surface);
    return new Toponym(span.start(), span.end(), part == null ? key : part, type, Scope.ANY,
        part == null ? "gold-span-unknown" : "gold-span-part", -1);
  }

  /**
   * The place a lone direction word names when the next name completes it: "Central" in "Central and South
   * America" is Central America, "North" in "North and South Korea" North Korea; else null.
   */
  private String elided(String text, int end, String key) {
    if (key.contains(" ") || !MODIFIERS.contains(key) || key.equals("the")) {
      return null;
    }
    Matcher m = ELLIPSIS.matcher(text).region(end, Math.min(text.length(), end + 60));
    if (!m.lookingAt()) {
      return null;
    }
    String full = key + " " + Gazetteer.key(m.group(1));
    return gaz.lookup(full).length > 0 ? full : null;
  }

  /** The ADM1 entry of an AP-style US state abbreviation ("Kan.", "W. Va."), or -1. */
  private int stateAbbreviation(String surface) {
    String compact = surface.replace(" ", "");
    String code = Abbreviations.STATE_ABBREVIATIONS.get(compact);
    if (code == null) {
      // a given span is a place: "Calif" and "N.Y" lost their period, "NY" is the postal code
      code = Abbreviations.STATE_ABBREVIATIONS.get(compact + ".");
    }
    if (code == null && compact.length() == 2 && Character.isUpperCase(compact.charAt(0))
        && Character.isUpperCase(compact.charAt(1))) {
      code = compact;
    }
    return code == null ? -1 : gaz.admin1("US", code);
  }

  /**
   * Whether NER reads the span itself as an organisation ("Washington" for the government); a place heading or
   * ending a longer organisation name ("Dublin Arts Council", "University of Texas") is where the body sits.
   */
  private static boolean orgTagged(NlpDoc doc, TextSpan span) {
    boolean org = false;
    for (Token t : doc.tokens()) {
      boolean inside = t.start() >= span.start() && t.end() <= span.end();
      boolean touching = t.end() == span.start() - 1 || t.end() == span.start() || t.start() == span.end()
          || t.start() == span.end() + 1;
      if (t.ner().equals("ORGANIZATION") && touching && !inside) {
        return false;
      }
      org |= inside && t.ner().equals("ORGANIZATION");
    }
    return org;
  }

  /**
   * The place a name of inhabitants or an adjective derives from ("Ohioans" -> "ohio", "Texan" -> "texas",
   * "Londoners" -> "london", "South Ossetian" -> "south ossetia"), when the gazetteer knows it; else null.
   */
  String inhabitantBase(String key) {
    String singular = key.endsWith("s") && key.length() > 4 ? key.substring(0, key.length() - 1) : key;
    for (String[] rule : INHABITANT_SUFFIXES) {
      if (singular.endsWith(rule[0]) && singular.length() > rule[0].length() + 2) {
        String base = singular.substring(0, singular.length() - rule[0].length()) + rule[1];
        if (gaz.lookup(base).length > 0) {
          return base;
        }
      }
    }
    return null;
  }

  private static String reduce(String key) {
    String[] w = key.split(" ");
    int s = 0;
    int e = w.length;
    while (s < e - 1 && MODIFIERS.contains(w[s])) {
      s++;
    }
    while (e > s + 1 && HEADS.contains(w[e - 1])) {
      e--;
    }
    String r = String.join(" ", List.of(w).subList(s, e));
    if (r.endsWith("s") && r.length() > 4 && !r.contains(" ")) {
      return r;
    }
    return r;
  }

  /** The longest run of capitalised words of {@code surface} that the gazetteer knows, or null. */
  private String longestPart(String surface) {
    String[] w = surface.split("\\s+");
    for (int len = w.length - 1; len >= 1; len--) {
      for (int s = 0; s + len <= w.length; s++) {
        if (w[s].isEmpty() || !Character.isUpperCase(w[s].charAt(0))) {
          continue;
        }
        String k = Gazetteer.key(String.join(" ", List.of(w).subList(s, s + len)));
        if (!k.isEmpty() && gaz.lookup(k).length > 0 && !MODIFIERS.contains(k) && !HEADS.contains(k)
            && !GENERIC.contains(k)) {
          return k;
        }
      }
    }
    return null;
  }
}

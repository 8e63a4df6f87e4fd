package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.geo.Toponym.Scope;
import org.dateline.model.PlaceType;
import org.dateline.nlp.Datelines;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Token;

/**
 * Finds place mentions in annotated text: capitalised token n-grams found in the gazetteer (longest first),
 * accepted by their NER tag; demonyms ("Syrian"); abbreviations ("U.S.", "Ill." after a comma); metonyms ("the
 * Kremlin"). A place name inside a longer organisation or MISC name ("Islamic State of Iraq and Syria", "United
 * Nations") is no mention. Stateless apart from the gazetteer; thread-safe.
 */
final class ToponymFinder {
  private static final int MAX_TOKENS = 6;
  private static final Pattern INITIALISM = Pattern.compile("(\\p{Lu}\\.){2,}");
  private static final Pattern CLIPPED_INITIALISM = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "des", "al", "el",
      "upon", "on", "the", "and", "y", "da", "do", "dos", "di", "-", "&", "'s", "\u2019s");
  private final Gazetteer gaz;
  private final CommonWords words = CommonWords.shared();

  ToponymFinder(Gazetteer gaz) {
    this.gaz = gaz;
  }

  List<Toponym> find(NlpDoc doc) {
    List<Token> toks = doc.tokens();
    String text = doc.text();
    List<Toponym> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      int next = match(text, toks, i, out);
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /** Tries to read a mention at token {@code i}; returns the index after it (or i + 1). */
  private int match(String text, List<Token> toks, int i, List<Toponym> out) {
    Token t = toks.get(i);
    String w = t.word();
    if (w.isEmpty()) {
      return i + 1;
    }
    Integer metonymEnd = metonym(text, toks, i, out);
    if (metonymEnd != null) {
      return metonymEnd;
    }
    if (!Character.isUpperCase(w.charAt(0))) {
      return i + 1;
    }
    String cc = Abbreviations.COUNTRY_ABBREVIATIONS.get(w);
    if (cc == null && CLIPPED_INITIALISM.matcher(w).matches()) {
      cc = Abbreviations.COUNTRY_ABBREVIATIONS.get(w + "."); // "the U.S." ending a sentence: its period went to it
    }
    if (cc != null && !insideLongerName(toks, i, i + 1) && !shouting(text, t)) {
      int e = gaz.country(cc);
      if (e >= 0) {
        out.add(new Toponym(t.start(), t.end(), Gazetteer.key(w), PlaceType.LITERAL, Scope.COUNTRY, "abbreviation", e));
        return i + 1;
      }
    }
    String st = Abbreviations.STATE_ABBREVIATIONS.get(w);
    if (st != null && i > 0 && toks.get(i - 1).word().equals(",")) {
      int e = gaz.admin1("US", st);
      if (e >= 0) {
        out.add(new Toponym(t.start(), t.end(), Gazetteer.key(w), PlaceType.LITERAL, Scope.ADMIN, "abbreviation", e));
        return i + 1;
      }
    }
    if (INITIALISM.matcher(w).matches()) {
      return i + 1; // "U.N.", "E.U.": initialisms are places only through the abbreviation tables above
    }
    int org = organisationChainEnd(toks, i);
    if (org > i) {
      return org;
    }
    int sentenceEnd = sentenceEnd(toks, i);
    for (int j = Math.min(sentenceEnd, i + MAX_TOKENS) - 1; j >= i; j--) {
      if (!nameLike(toks, i, j)) {
        continue;
      }
      String surface = text.substring(t.start(), toks.get(j).end());
      String key = Gazetteer.key(surface);
      if (j == i) {
        int dem = demonym(key);
        if (dem >= 0) {
          if (!insideLongerName(toks, i, i + 1)) {
            out.add(new Toponym(t.start(), t.end(), key, PlaceType.DEMONYM, Scope.COUNTRY, "demonym", dem));
          }
          return i + 1;
        }
      }
      int[] hits = gaz.lookup(key);
      if (hits.length == 0) {
        continue;
      }
      Toponym top = accept(text, toks, i, j + 1, key, hits);
      if (top != null) {
        out.add(top);
        return j + 1;
      }
      if (insideLongerName(toks, i, j + 1)) {
        return nerEnd(toks, i);
      }
    }
    return i + 1;
  }

  /** "the Kremlin", "White House": a seat of government standing for it. */
  private Integer metonym(String text, List<Token> toks, int i, List<Toponym> out) {
    for (int len = 2; len >= 1; len--) {
      if (i + len > toks.size()) {
        continue;
      }
      String key = Gazetteer.key(text.substring(toks.get(i).start(), toks.get(i + len - 1).end()));
      String[] seat = Abbreviations.METONYMS.get(key);
      if (seat != null && Character.isUpperCase(toks.get(i).word().charAt(0))) {
        int e = best(gaz.lookup(seat[0]), seat[1]);
        if (e >= 0) {
          out.add(new Toponym(toks.get(i).start(), toks.get(i + len - 1).end(), key, PlaceType.METONYMIC,
              Scope.CITY, "metonym", e));
          return i + len;
        }
      }
    }
    return null;
  }

  private int best(int[] entries, String cc) {
    int best = -1;
    for (int e : entries) {
      if (gaz.countryCode(e).equals(cc) && (best < 0 || gaz.population(e) > gaz.population(best))) {
        best = e;
      }
    }
    return best;
  }

  /** The country a demonym key refers to ("syrian", "syrians"), or -1. */
  int demonym(String key) {
    int d = gaz.demonym(key);
    if (d < 0 && key.endsWith("s") && key.length() > 4) {
      d = gaz.demonym(key.substring(0, key.length() - 1));
    }
    return d;
  }

  private Toponym accept(String text, List<Token> toks, int i, int end, String key, int[] hits) {
    String ner = nerOf(toks, i, end);
    if (ner.equals("PERSON")) {
      return null;
    }
    boolean major = false;
    boolean capital = false;
    long maxPop = 0;
    for (int e : hits) {
      Gazetteer.Level l = gaz.level(e);
      major |= l == Gazetteer.Level.COUNTRY || l == Gazetteer.Level.AREA || l == Gazetteer.Level.ADMIN1;
      capital |= gaz.featureCode(e).equals("PPLC");
      maxPop = Math.max(maxPop, gaz.population(e));
    }
    if (NameWords.COMMON.contains(key)) {
      return null;
    }
    if (end < toks.size() && NameWords.THOROUGHFARES.contains(toks.get(end).word())) {
      return null; // "Washington Drive", "Cooper Street": the street, not the place it is named after
    }
    if (datelineHead(toks, i, end)) {
      return new Toponym(toks.get(i).start(), toks.get(end - 1).end(), key, PlaceType.LITERAL, Scope.ANY, "dateline", -1);
    }
    if (!ner.equals("LOCATION") && end == i + 1 && words.contains(toks.get(i).word()) && !countryName(hits)) {
      return null; // "Fed Chair", "Federal Reserve", "a Western diplomat": the common word, not the place
    }
    if (end == i + 1 && acronym(toks.get(i).word()) && !(ner.equals("LOCATION") && major)) {
      return null; // "NATO", "EU": an acronym is not the small town that shares its letters
    }
    PlaceType type = PlaceType.LITERAL;
    String rule = "ner";
    boolean inside = insideLongerName(toks, i, end);
    if (inside && !(ner.equals("ORGANIZATION") && startsName(toks, i)
        && (major || maxPop >= 5000 && !namedInstitution(toks, end, maxPop)))) {
      return null; // "Islamic State of Iraq", "United Nations": a place inside a name is no mention
    }
    if (inside) {
      rule = "name-head"; // "Gainesville Police Department", "Ohio Department of Health": where the body sits
    } else if (ner.equals("ORGANIZATION")) {
      if (major || capital) {
        type = PlaceType.METONYMIC;
      } else if (maxPop < 5000) {
        return null;
      }
    } else if (!ner.equals("LOCATION")) {
      if (end < toks.size() && toks.get(end).ner().equals("PERSON")) {
        return null; // "Sens. John McCain", "Beulah Smith": a title or given name before a person
      }
      boolean shortWord = end == i + 1 && toks.get(i).word().length() <= 3;
      if (!major && (sentenceStart(toks, i) || maxPop < 5000 || shortWord)) {
        return null;
      }
      rule = "gazetteer";
    }
    boolean afterPreposition = i > 0 && toks.get(i - 1).pos().equals("IN"); // "officials in Havana declined"
    if (capital && type == PlaceType.LITERAL && governmentVerb(toks, end) && !afterPreposition) {
      type = PlaceType.METONYMIC;
    }
    Scope scope = Cues.scope(text, toks.get(i).start(), toks.get(end - 1).end());
    return new Toponym(toks.get(i).start(), toks.get(end - 1).end(), key, type, scope, rule, -1);
  }

  private static boolean acronym(String w) {
    return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * "Brookings Institution", "Harvard University", "Stanford University": institutions are often named after people,
   * so a small town heading such a name is no mention; a city ("Boston University") still is.
   */
  private static boolean namedInstitution(List<Token> toks, int end, long maxPop) {
    return maxPop < 100_000 && end < toks.size() && NameWords.INSTITUTIONS.contains(toks.get(end).word());
  }

  /** Whether some hit is a country ("Turkey", "China" are also common words). */
  private boolean countryName(int[] hits) {
    for (int e : hits) {
      if (gaz.level(e) == Gazetteer.Level.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /**
   * "GENEVA (Reuters) -", "NAIROBI, Kenya -": an all-capitals name opening its sentence before a bracket, comma or
   * dash is the wire dateline, a literal place whatever NER made of it.
   */
  private static boolean datelineHead(List<Token> toks, int i, int end) {
    return sentenceStart(toks, i) && Datelines.headEnd(toks, i, toks.size()) == end;
  }

  /** Whether token {@code i} is the first word of its sentence (quotes and brackets before it do not count). */
  private static boolean sentenceStart(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && toks.get(k).sentence() == toks.get(i).sentence(); k--) {
      if (toks.get(k).word().chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A place name after "of"/"for" that ends an organisation name ("Islamic State of Iraq and Syria", "Bank of
   * America", "University of Texas"): returns the index after the whole capitalised chain, else {@code i}.
   */
  private int organisationChainEnd(List<Token> toks, int i) {
    if (i < 2 || !(toks.get(i - 1).word().equals("of") || toks.get(i - 1).word().equals("for"))) {
      return i;
    }
    Token head = toks.get(i - 2);
    if (!capitalised(head.word()) || head.sentence() != toks.get(i).sentence()) {
      return i;
    }
    boolean chain = i >= 3 && capitalised(toks.get(i - 3).word()) && toks.get(i - 3).sentence() == head.sentence()
        && gaz.lookup(Gazetteer.key(toks.get(i - 3).word() + " " + head.word())).length == 0;
    if (!chain && !NameWords.ORG_HEADS.contains(head.word())) {
      return i;
    }
    int e = i + 1;
    while (e < toks.size() && toks.get(e).sentence() == head.sentence()) {
      String w = toks.get(e).word();
      if (capitalised(w)) {
        e++;
      } else if ((w.equals("and") || w.equals("of") || w.equals("the") || w.equals("&")) && e + 1 < toks.size()
          && capitalised(toks.get(e + 1).word())) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  /** "Washington says", "Moscow has warned": a capital as the subject of a verb of speech or policy. */
  private static boolean governmentVerb(List<Token> toks, int end) {
    if (end >= toks.size()) {
      return false;
    }
    String pos = toks.get(end).pos();
    return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("MD");
  }

  private static boolean nameLike(List<Token> toks, int i, int j) {
    if (toks.get(i).sentence() != toks.get(j).sentence()) {
      return false;
    }
    if (!capitalised(toks.get(j).word())) {
      return false;
    }
    for (int k = i + 1; k < j; k++) {
      String w = toks.get(k).word();
      if (!capitalised(w) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** The span's NER tag: LOCATION if any token is one, else the first token's tag. */
  private static String nerOf(List<Token> toks, int i, int end) {
    for (int k = i; k < end; k++) {
      if (toks.get(k).ner().equals("LOCATION")) {
        return "LOCATION";
      }
    }
    return toks.get(i).ner();
  }

  /** Whether token {@code i} begins its NER span. */
  private static boolean startsName(List<Token> toks, int i) {
    return i == 0 || !toks.get(i - 1).ner().equals(toks.get(i).ner())
        || toks.get(i - 1).sentence() != toks.get(i).sentence();
  }

  /** Whether [i, end) lies strictly inside a longer ORGANIZATION or MISC name. */
  private static boolean insideLongerName(List<Token> toks, int i, int end) {
    String ner = toks.get(i).ner();
    if (!ner.equals("ORGANIZATION") && !ner.equals("MISC")) {
      return false;
    }
    int s = i;
    while (s > 0 && toks.get(s - 1).ner().equals(ner) && toks.get(s - 1).sentence() == toks.get(i).sentence()) {
      s--;
    }
    int e = nerEnd(toks, i);
    return s < i || e > end;
  }

  private static int nerEnd(List<Token> toks, int i) {
    String ner = toks.get(i).ner();
    int e = i + 1;
    while (e < toks.size() && toks.get(e).ner().equals(ner) && !ner.equals("O")
        && toks.get(e).sentence() == toks.get(i).sentence()) {
      e++;
    }
    return e;
  }

  private static int sentenceEnd(List<Token> toks, int i) {
    int e = i + 1;
    while (e < toks.size() && toks.get(e).sentence() == toks.get(i).sentence()) {
      e++;
    }
    return e;
  }

  /** "US" in an all-capitals line is the pronoun, not the country. */
  private static boolean shouting(String text, Token t) {
    if (!t.word().equals("US")) {
      return false;
    }
    int from = Math.max(0, t.start() - 20);
    int to = Math.min(text.length(), t.end() + 20);
    int lower = 0;
    for (int k = from; k < to; k++) {
      lower += Character.isLowerCase(text.charAt(k)) ? 1 : 0;
    }
    return lower == 0;
  }
}

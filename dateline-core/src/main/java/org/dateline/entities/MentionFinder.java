package org.dateline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Finds entity mentions in tagged tokens and repairs the usual CoreNLP slips on news: curated names win over the
 * tagger ("Daesh" is an organisation, "Pentagon" is found even when untagged), capitalised runs ending in an
 * organisation head noun ("State Department", "United Nations Security Council") become organisations, editor's
 * brackets stay inside names ("[Donald] Trump"), titles are cut off people's names, demonyms become NATIONALITY,
 * all-capital "people" become organisations, and a capital city standing for its government ("Washington said")
 * is marked with its country as canonical name.
 */
final class MentionFinder {
  private static final Set<String> ORG_HEADS = Set.of("Department", "Ministry", "Agency", "Council", "Committee",
      "Commission", "Party", "Union", "Organization", "Organisation", "Association", "Institute", "University",
      "College", "Bank", "Court", "Army", "Forces", "Force", "Police", "Service", "Corporation", "Company", "Corp.",
      "Inc.", "Group", "Foundation", "Office", "Bureau", "Administration", "Authority", "Assembly", "Parliament",
      "Federation", "League", "Fund", "Board", "Guard", "Navy", "Coalition", "Front", "Movement", "Brigade",
      "Brigades", "Academy", "Center", "Centre", "Society", "Alliance", "Times", "Post", "Journal", "Tribune",
      "Herald", "Network", "Directorate", "Secretariat", "Tribunal", "Command");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "on", "the", "&");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "outside", "visit",
      "visited", "visiting", "via", "toward", "towards", "across", "around", "through", "of", "reached", "left");
  private static final Set<String> HYPHEN_SUFFIXES = Set.of("led", "backed", "brokered", "based", "born", "run",
      "owned", "sponsored", "funded", "allied", "controlled", "held", "linked", "made", "bound", "affiliated");

  private final Lexicon lexicon;

  MentionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** All mentions of the document, in text order, non-overlapping. */
  List<RawMention> find(NlpDoc doc) {
    List<Token> tokens = doc.tokens();
    boolean[] claimed = new boolean[tokens.size()];
    List<RawMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      datelineHeader(doc, s, claimed, out);
      lexiconMatches(doc, s, claimed, out);
      structuralOrgs(doc, s, claimed, out);
      taggerRuns(doc, s, claimed, out);
      hyphenPrefixes(doc, s, claimed, out);
    }
    DocumentPasses.dropUnconfirmedHeadlineNames(doc, claimed, out);
    new DocumentPasses(lexicon).propagate(doc, claimed, out);
    out.sort(Comparator.comparingInt(RawMention::start));
    return out;
  }

  /**
   * A wire dateline opening a paragraph, "GENEVA (Reuters) -" or "DA NANG, Vietnam (AP) --": the place is a
   * LOCATION (named as written), the agency in parentheses an ORGANIZATION.
   */
  private void datelineHeader(NlpDoc doc, Sentence s, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    int i = s.firstToken();
    while (i < s.endToken() && isUpperWord(t.get(i).word())) {
      i++;
    }
    int placeEnd = i;
    if (placeEnd == s.firstToken()) {
      return;
    }
    if (i + 1 < s.endToken() && t.get(i).word().equals(",")) { // ", Vietnam" or ", Calif."
      i += 2;
      while (i < s.endToken() && capitalised(t.get(i))) {
        i++;
      }
    }
    if (i >= s.endToken() || !t.get(i).word().equals("(")) {
      return;
    }
    int agencyStart = i + 1;
    int close = agencyStart;
    while (close < s.endToken() && close - agencyStart < 5 && !t.get(close).word().equals(")")) {
      close++;
    }
    if (close >= s.endToken() || close == agencyStart || !t.get(close).word().equals(")")
        || close + 1 >= s.endToken() || !t.get(close + 1).word().matches("-+|\u2013|\u2014")) {
      return;
    }
    claim(claimed, s.firstToken(), close + 1);
    out.add(mention(doc, s.firstToken(), placeEnd, EntityType.LOCATION, Optional.empty()));
    if (i > placeEnd + 1) {
      taggedOrCountry(doc, placeEnd + 1, i).ifPresent(out::add);
    }
    Optional<Lexicon.Entry> agency = lexicon.phrase(join(t, agencyStart, close));
    out.add(mention(doc, agencyStart, close, EntityType.ORGANIZATION, agency.map(Lexicon.Entry::canonical)));
  }

  private Optional<RawMention> taggedOrCountry(NlpDoc doc, int from, int to) {
    Optional<Lexicon.Entry> e = lexicon.phrase(join(doc.tokens(), from, to));
    return Optional.of(mention(doc, from, to, EntityType.LOCATION, e.map(Lexicon.Entry::canonical)));
  }

  private static boolean isUpperWord(String w) {
    return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'');
  }

  private void lexiconMatches(NlpDoc doc, Sentence s, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    int i = s.firstToken();
    while (i < s.endToken()) {
      int matched = 0;
      for (int len = Math.min(lexicon.maxPhraseTokens(), s.endToken() - i); len >= 1 && matched == 0; len--) {
        if (!Character.isUpperCase(t.get(i).word().charAt(0)) && !t.get(i).word().startsWith("al")) {
          break;
        }
        Optional<Lexicon.Entry> e = lexicon.phrase(join(t, i, i + len));
        if (e.isPresent() && free(claimed, i, i + len) && !insideLongerTaggedName(t, s, i, i + len, e.get())) {
          claim(claimed, i, i + len);
          out.add(mention(doc, i, i + len, e.get().type(), Optional.of(e.get().canonical())));
          matched = len;
        }
      }
      i += Math.max(1, matched);
    }
  }

  /** A country name inside a tagged organisation ("Bank of America") is left to the tagger. */
  private static boolean insideLongerTaggedName(List<Token> t, Sentence s, int from, int to, Lexicon.Entry e) {
    String ner = t.get(from).ner();
    if (!(ner.equals("ORGANIZATION") || ner.equals("MISC")) || e.type() == EntityType.ORGANIZATION) {
      return false;
    }
    int a = from;
    while (a > s.firstToken() && t.get(a - 1).ner().equals(ner)) {
      a--;
    }
    int b = to;
    while (b < s.endToken() && t.get(b).ner().equals(ner)) {
      b++;
    }
    return b - a > to - from;
  }

  private void structuralOrgs(NlpDoc doc, Sentence s, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    int i = s.firstToken();
    while (i < s.endToken()) {
      if (claimed[i] || !capitalised(t.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.endToken() && !claimed[j] && (capitalised(t.get(j)) || connects(t, s, j))) {
        j++;
      }
      int a = afterPerson(t, t.get(i).word().equals("The") ? i + 1 : i, j);
      int end = -1;
      for (int h = a; h + 2 < j && end < 0; h++) { // "Ministry of Defence", "Roper Center for Public Opinion Research"
        if (ORG_HEADS.contains(t.get(h).word()) && (t.get(h + 1).word().equals("of") || t.get(h + 1).word().equals("for"))) {
          end = j;
        }
      }
      if (end < 0) {
        for (int k = j; k - a >= 2 && end < 0; k--) {
          if (ORG_HEADS.contains(t.get(k - 1).word()) && !CONNECTORS.contains(t.get(k - 2).word())) {
            end = k;
          }
        }
      }
      if (end > a && !allPerson(t, a, end)) {
        claim(claimed, a, end);
        out.add(mention(doc, a, end, EntityType.ORGANIZATION, Optional.empty()));
      }
      i = j;
    }
  }

  /** "Laura Chen of Nordic Bank": a person's name and its connector open no organisation's name; else {@code a}. */
  private static int afterPerson(List<Token> t, int a, int j) {
    int k = a;
    while (k < j && t.get(k).ner().equals("PERSON")) {
      k++;
    }
    int c = k;
    while (c < j && CONNECTORS.contains(t.get(c).word())) {
      c++;
    }
    return k > a && c > k && c < j ? c : a;
  }

  /** "of", "for the", "and" between capitalised words of one name ("Boston Center for the Arts"). */
  private static boolean connects(List<Token> t, Sentence s, int j) {
    int k = j;
    while (k < s.endToken() && k - j < 2 && CONNECTORS.contains(t.get(k).word())) {
      k++;
    }
    return k > j && k < s.endToken() && capitalised(t.get(k));
  }

  private static boolean allPerson(List<Token> t, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      if (!t.get(k).ner().equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  private void taggerRuns(NlpDoc doc, Sentence s, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    int i = s.firstToken();
    while (i < s.endToken()) {
      String ner = t.get(i).ner();
      if (claimed[i] || !t.get(i).isEntity() || isBracket(t.get(i))) {
        i++;
        continue;
      }
      int a = i > s.firstToken() && !claimed[i - 1] && t.get(i - 1).word().equals("[") ? i - 1 : i;
      int j = i + 1;
      while (j < s.endToken() && !claimed[j] && (t.get(j).ner().equals(ner)
          || (isBracket(t.get(j)) && j + 1 < s.endToken() && t.get(j + 1).ner().equals(ner)))) {
        j++;
      }
      boolean fragment = j - a == 1 && a > s.firstToken() && claimed[a - 1] && t.get(a - 1).ner().equals(ner);
      claim(claimed, a, j);
      if (!fragment) { // a lone word left over from a run that a longer, curated name cut
        trimmed(doc, a, j, EntityType.valueOf(ner)).ifPresent(out::add);
      }
      i = j;
    }
  }

  private Optional<RawMention> trimmed(NlpDoc doc, int from, int to, EntityType type) {
    List<Token> t = doc.tokens();
    int a = from;
    int b = to;
    while (a < b && (t.get(a).word().equalsIgnoreCase("the") || Character.isLowerCase(t.get(a).word().charAt(0))
        || (type == EntityType.PERSON && b - a > 1 && lexicon.isTitleWord(t.get(a).word())))) {
      a++;
    }
    while (b > a && (t.get(b - 1).pos().equals("POS") || t.get(b - 1).word().equals("[")
        || (t.get(b - 1).word().equals("]") && !has(t, a, b - 1, "[")))) {
      b--;
    }
    if (type != EntityType.PERSON && to < t.size() && lexicon.isRoleHead(t.get(to).word())) {
      while (b - a > 1 && lexicon.isRoleWord(t.get(b - 1).word()) && !lexicon.isRoleHead(t.get(b - 1).word())) {
        b--; // "Indian Commerce | Secretary Rajiv Menon": the modifier belongs to the title
      }
    }
    int head = firstInnerRoleHead(t, a, b);
    if (type != EntityType.PERSON && head > 0) { // "Trade Commissioner Sofia Lindqvist" tagged as one organisation
      return trimmed(doc, head + 1, b, EntityType.PERSON);
    }
    if (a >= b) {
      return Optional.empty();
    }
    String text = join(t, a, b);
    if (lexicon.countryOfDemonym(text).isPresent() && type != EntityType.PERSON) {
      return Optional.of(mention(doc, a, b, EntityType.NATIONALITY, Optional.empty()));
    }
    if (!hasProperNoun(t, a, b)) {
      return Optional.empty();
    }
    if (type == EntityType.PERSON && b - a == 1 && isAcronym(t.get(a).word())) {
      return Optional.of(mention(doc, a, b, EntityType.ORGANIZATION, Optional.empty()));
    }
    Optional<String> country = lexicon.countryOfCapital(text);
    if (type == EntityType.LOCATION && country.isPresent() && standsForGovernment(doc, a, b)) {
      return Optional.of(mention(doc, a, b, EntityType.LOCATION, country));
    }
    return Optional.of(mention(doc, a, b, type, Optional.empty()));
  }

  /** A capitalised role head followed by at least two capitalised words inside a run; -1 if none. */
  private int firstInnerRoleHead(List<Token> t, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (lexicon.isRoleHead(t.get(k).word()) && Character.isUpperCase(t.get(k).word().charAt(0))
          && t.get(k + 1).pos().startsWith("NNP") && t.get(k + 2).pos().startsWith("NNP")) {
        return k;
      }
    }
    return -1;
  }

  /** "Washington said", "Moscow's position": not "in Washington", not "Washington, D.C.". */
  private static boolean standsForGovernment(NlpDoc doc, int from, int to) {
    List<Token> t = doc.tokens();
    int sentence = t.get(from).sentence();
    Token prev = from > 0 && t.get(from - 1).sentence() == sentence ? t.get(from - 1) : null;
    Token next = to < t.size() && t.get(to).sentence() == sentence ? t.get(to) : null;
    if (prev != null && LOCATIVE.contains(prev.word().toLowerCase(Locale.ROOT)) || next == null) {
      return false;
    }
    if (next.word().equals(",") && to + 1 < t.size() && t.get(to + 1).word().startsWith("D.C")) {
      return false;
    }
    String p = next.pos();
    if (p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD")) {
      return true;
    }
    return p.equals("POS") && to + 1 < t.size() && t.get(to + 1).pos().matches("NNS?|JJ");
  }

  private void hyphenPrefixes(NlpDoc doc, Sentence s, boolean[] claimed, List<RawMention> out) {
    List<Token> t = doc.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = t.get(i).word();
      int dash = w.indexOf('-');
      if (claimed[i] || dash <= 0 || !HYPHEN_SUFFIXES.contains(w.substring(dash + 1))) {
        continue;
      }
      Optional<Lexicon.Entry> e = lexicon.phrase(w.substring(0, dash));
      if (e.isPresent()) {
        claimed[i] = true;
        int start = t.get(i).start();
        out.add(new RawMention(i, i + 1, start, start + dash, e.get().type(), w.substring(0, dash),
            Optional.of(e.get().canonical())));
      }
    }
  }

  private static RawMention mention(NlpDoc doc, int from, int to, EntityType type, Optional<String> canonical) {
    List<Token> t = doc.tokens();
    return new RawMention(from, to, t.get(from).start(), t.get(to - 1).end(), type, clean(doc, from, to), canonical);
  }

  /** The text of the tokens with editor's brackets dropped and white space normalised. */
  static String clean(NlpDoc doc, int from, int to) {
    List<Token> t = doc.tokens();
    String raw = doc.text().substring(t.get(from).start(), t.get(to - 1).end());
    return raw.replace("[", "").replace("]", "").replaceAll("\\s+", " ").strip();
  }

  static String join(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder(t.get(from).word());
    for (int k = from + 1; k < to; k++) {
      b.append(' ').append(t.get(k).word());
    }
    return b.toString();
  }

  static boolean isAcronym(String w) {
    String letters = w.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static boolean isBracket(Token t) {
    return t.word().equals("[") || t.word().equals("]");
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP");
  }

  private static boolean hasProperNoun(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(List<Token> t, int from, int to, String word) {
    for (int k = from; k < to; k++) {
      if (t.get(k).word().equals(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean free(boolean[] claimed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (claimed[k]) {
        return false;
      }
    }
    return true;
  }

  static void claim(boolean[] claimed, int from, int to) {
    for (int k = from; k < to; k++) {
      claimed[k] = true;
    }
  }
}

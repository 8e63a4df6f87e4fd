package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.nlp.Token;

/**
 * Multi-word phrases matched against tokens, longest match first. A phrase word matches a token when it equals the
 * token's word or lemma ignoring case, or its plural; short all-capital words ("US", "UN", "U.S.") must match
 * exactly so that "us" is not the United States; a word ending in {@code *} matches any word it begins.
 */
final class PhraseIndex<T> {
  record Match<T>(int end, T value) {}

  private record Entry<T>(String[] words, T value) {}

  private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
  private final List<Entry<T>> prefixFirst = new ArrayList<>();

  /** Adds {@code phrase}; an existing entry with the same words is replaced. */
  void put(String phrase, T value) {
    String[] words = split(phrase);
    if (words.length == 0) {
      return;
    }
    Entry<T> entry = new Entry<>(words, value);
    List<Entry<T>> list = words[0].endsWith("*") ? prefixFirst
        : byFirst.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
    list.removeIf(e -> String.join(" ", e.words()).equals(String.join(" ", words)));
    list.add(entry);
  }

  /** Splits a phrase into words: on spaces and underscores, with a possessive "'s" as its own word. */
  static String[] split(String phrase) {
    String p = phrase.trim().replace('_', ' ').replaceAll("'s\\b", " 's");
    return p.isEmpty() ? new String[0] : p.split("\\s+");
  }

  /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
  Match<T> longest(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    Match<T> best = null;
    for (String key : new String[] {t.word().toLowerCase(Locale.ROOT), t.lemma().toLowerCase(Locale.ROOT)}) {
      best = better(best, scan(byFirst.get(key), tokens, i, limit));
    }
    if (t.word().endsWith("s") && t.word().length() > 3) {
      String singular = t.word().substring(0, t.word().length() - 1).toLowerCase(Locale.ROOT);
      best = better(best, scan(byFirst.get(singular), tokens, i, limit));
    }
    return better(best, scan(prefixFirst, tokens, i, limit));
  }

  private static <T> Match<T> better(Match<T> a, Match<T> b) {
    return a == null || (b != null && b.end() > a.end()) ? b : a;
  }

  private Match<T> scan(List<Entry<T>> entries, List<Token> tokens, int i, int limit) {
    if (entries == null) {
      return null;
    }
    Match<T> best = null;
    for (Entry<T> e : entries) {
      int n = e.words().length;
      if (i + n > limit || (best != null && i + n <= best.end())) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        ok = matches(e.words()[k], tokens.get(i + k));
      }
      if (ok) {
        best = new Match<>(i + n, e.value());
      }
    }
    return best;
  }

  static boolean matches(String word, Token t) {
    if (word.endsWith("*")) {
      String stem = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
      return t.word().toLowerCase(Locale.ROOT).startsWith(stem);
    }
    if (isExact(word)) {
      return t.word().equals(word);
    }
    String w = t.word();
    return w.equalsIgnoreCase(word) || t.lemma().equalsIgnoreCase(word)
        || (w.length() == word.length() + 1 && w.regionMatches(true, 0, word, 0, word.length())
            && (w.endsWith("s") || w.endsWith("S")));
  }

  /** Short words in capitals (acronyms such as "US", "UN", "U.S.") are matched case-sensitively. */
  private static boolean isExact(String word) {
    return word.length() <= 4 && word.chars().anyMatch(Character::isUpperCase)
        && word.chars().noneMatch(Character::isLowerCase);
  }
}

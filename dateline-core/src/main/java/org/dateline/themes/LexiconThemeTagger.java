package org.dateline.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.TextSpan;
import org.dateline.model.Theme;
import org.dateline.model.Tone;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Token;

/**
 * Counts lexicon lemmas. A theme needs {@link #MIN_HITS} cue hits; its score is hits per 100 words. Tone follows
 * GDELT: percentages of words that are positive / negative, a negator within two tokens before flips polarity.
 */
final class LexiconThemeTagger implements ThemeTagger {
  static final int MIN_HITS = 2;
  private static final int MAX_EVIDENCE = 10;
  private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor");

  /** First cue lemma to (theme, full cue) pairs. */
  private final Map<String, List<Cue>> cues = new HashMap<>();
  private final Map<String, Integer> polarity = new HashMap<>();

  private record Cue(String theme, String[] lemmas) {}

  LexiconThemeTagger() {
    Lexicons.read("themes.tsv", (theme, value) -> {
      for (String[] cue : Lexicons.cues(value)) {
        cues.computeIfAbsent(cue[0], k -> new ArrayList<>()).add(new Cue(theme, cue));
      }
    });
    Lexicons.read("tone.tsv", (lemma, value) -> polarity.put(lemma, Integer.parseInt(value)));
  }

  static LexiconThemeTagger shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final LexiconThemeTagger INSTANCE = new LexiconThemeTagger();
  }

  @Override
  public ThemeResult tag(NlpDoc doc) {
    List<Token> tokens = doc.tokens();
    String[] lemmas = new String[tokens.size()];
    int words = 0;
    for (int i = 0; i < lemmas.length; i++) {
      Token t = tokens.get(i);
      lemmas[i] = t.lemma().toLowerCase(Locale.ROOT);
      if (!t.word().isEmpty() && Character.isLetter(t.word().charAt(0))) {
        words++;
      }
    }
    Map<String, List<TextSpan>> hits = new LinkedHashMap<>();
    int pos = 0;
    int neg = 0;
    for (int i = 0; i < lemmas.length; i++) {
      for (Cue cue : cues.getOrDefault(lemmas[i], List.of())) {
        if (matches(lemmas, i, cue.lemmas())) {
          Token last = tokens.get(i + cue.lemmas().length - 1);
          hits.computeIfAbsent(cue.theme(), k -> new ArrayList<>())
              .add(TextSpan.of(doc.text(), tokens.get(i).start(), last.end()));
        }
      }
      int p = polarity.getOrDefault(lemmas[i], 0);
      if (p != 0 && negated(lemmas, i)) {
        p = -p;
      }
      if (p > 0) {
        pos++;
      } else if (p < 0) {
        neg++;
      }
    }
    return new ThemeResult(themes(hits, words), tone(pos, neg, words));
  }

  private static boolean matches(String[] lemmas, int at, String[] cue) {
    if (at + cue.length > lemmas.length) {
      return false;
    }
    for (int k = 1; k < cue.length; k++) {
      if (!lemmas[at + k].equals(cue[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean negated(String[] lemmas, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (NEGATORS.contains(lemmas[k])) {
        return true;
      }
    }
    return false;
  }

  private static List<Theme> themes(Map<String, List<TextSpan>> hits, int words) {
    List<Theme> out = new ArrayList<>();
    for (Map.Entry<String, List<TextSpan>> e : hits.entrySet()) {
      List<TextSpan> ev = e.getValue();
      if (ev.size() >= MIN_HITS) {
        double score = Math.round(ev.size() * 10000.0 / Math.max(1, words)) / 100.0;
        out.add(new Theme(e.getKey(), score, ev.subList(0, Math.min(MAX_EVIDENCE, ev.size()))));
      }
    }
    out.sort(Comparator.comparingDouble(Theme::score).reversed().thenComparing(Theme::code));
    return out;
  }

  private static Tone tone(int pos, int neg, int words) {
    double p = words == 0 ? 0 : pos * 100.0 / words;
    double n = words == 0 ? 0 : neg * 100.0 / words;
    return new Tone(round(p - n), round(p), round(n), round(p + n), words);
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}

package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The grammatical gender a speaker's words give away, so "she" does not resolve to "a spokesman". */
final class Genders {
  private Genders() {}

  private static final Set<String> MALE = Set.of("spokesman", "chairman", "congressman", "businessman", "king",
      "prince", "man", "father", "son", "brother", "husband", "mr.", "mr", "sir", "lord", "boy", "uncle");
  private static final Set<String> FEMALE = Set.of("spokeswoman", "chairwoman", "congresswoman", "businesswoman",
      "queen", "princess", "woman", "mother", "daughter", "sister", "wife", "mrs.", "mrs", "ms.", "ms", "lady", "dame",
      "girl", "aunt");
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");

  /** 'm' or 'f' when the speaker written {@code span} holds words of one gender only; 0 otherwise. */
  static char of(String span) {
    boolean male = false;
    boolean female = false;
    for (String w : WORDS.split(span.toLowerCase(Locale.ROOT))) {
      male |= MALE.contains(w);
      female |= FEMALE.contains(w);
    }
    return male == female ? 0 : male ? 'm' : 'f';
  }

  /** Whether pronoun {@code pronoun} ("he", "she") cannot refer to a speaker of gender {@code gender}. */
  static boolean clash(String pronoun, char gender) {
    return "he".equals(pronoun) && gender == 'f' || "she".equals(pronoun) && gender == 'm';
  }
}

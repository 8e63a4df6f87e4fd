package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;

/** The grammatical gender a speaker's words give away, so "she" does not resolve to "a spokesman". */
final class Genders {
  private Genders() {}

  private static final Set<String> MALE = Set.of("spokesman", "chairman", "congressman", "businessman", "king",
      "prince", "man", "father", "son", "brother", "husband", "mr.", "mr", "sir", "lord", "boy", "uncle");
  private static final Set<String> FEMALE = Set.of("spokeswoman", "chairwoman", "congresswoman", "businesswoman",
      "queen", "princess", "woman", "mother", "daughter", "sister", "wife", "mrs.", "mrs", "ms.", "ms", "lady", "dame",
      "girl", "aunt");

  /** Whether pronoun {@code pronoun} ("he", "she") cannot refer to the speaker written {@code span}. */
  static boolean clash(String pronoun, String span) {
    boolean he = "he".equals(pronoun);
    if (!he && !"she".equals(pronoun)) {
      return false;
    }
    boolean male = false;
    boolean female = false;
    for (String w : span.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      male |= MALE.contains(w);
      female |= FEMALE.contains(w);
    }
    return male != female && (he ? female : male);
  }
}

package org.dateline.quotes;

import java.util.Set;

/**
 * Closed word classes that several stages read the same way. A stage that needs a narrower or wider class says so
 * where it uses one of these, so the differences stay visible.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Subordinating conjunctions that open an adverbial clause: "when he left", "because it failed", "unless …". */
  static final Set<String> SUBORDINATORS = Set.of("after", "although", "as", "because", "before", "if", "once",
      "since", "though", "unless", "until", "when", "whereas", "while");

  /** Pronouns and quantifiers that head a noun phrase alone: "those who …", "some in the crowd", "many of you". */
  static final Set<String> PRONOUN_HEADS = Set.of("all", "anyone", "everyone", "few", "many", "most", "others",
      "several", "some", "those");

  /** Third-person subject pronouns that may stand for a speaker met before: "he said", "they added". */
  static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

  /** Quantifiers that count a group of people: "many of the delegates", "both said", "half of them". */
  static final Set<String> QUANTIFIERS = Set.of("all", "another", "both", "each", "either", "few", "half", "many",
      "most", "much", "neither", "none", "one", "others", "several", "some", "three", "two");
}

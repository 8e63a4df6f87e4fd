package org.dateline.quotes;

import java.util.Set;

/** Subjects that count or share out people: "nine out of 10", "less than a third", "most of them". */
final class CountedSubjects {
  private CountedSubjects() {}

  /** "the 45-year-old mother of two" ending at {@code last}, else null. */
  static SourceFinder.Range parentOf(TokenView v, int last, int limit) {
    if (last - 2 < limit || !"CD".equals(v.pos(last)) || !"of".equals(v.lower(last - 1))
        || !PARENTS.contains(v.lower(last - 2))) {
      return null;
    }
    SourceFinder.Range parent = SourceFinder.nounPhraseLeft(v, last - 2, limit);
    return parent == null ? null : new SourceFinder.Range(parent.start(), last + 1);
  }

  /** "nine out of 10", "nearly a third", "two-thirds" ending at {@code last} before a verb, else null. */
  static SourceFinder.Range share(TokenView v, int last, int limit) {
    if (last < limit || !v.in(last + 1) || !(v.pos(last + 1).startsWith("VB") || "MD".equals(v.pos(last + 1)))) {
      return null;
    }
    int s = -1;
    boolean plural = "NNS".equals(v.pos(last)) || "NNPS".equals(v.pos(last));
    int count = last - 1 >= limit && plural && "CD".equals(v.pos(last - 1)) ? last - 1 : last;
    if ("CD".equals(v.pos(count)) && count - 3 >= limit && "of".equals(v.lower(count - 1))
        && "out".equals(v.lower(count - 2)) && "CD".equals(v.pos(count - 3))) {
      s = count - 3; // "nine out of 10", "two out of three Americans"
    } else if ("CD".equals(v.pos(last)) && last - 2 >= limit && "all".equals(v.lower(last - 2))
        && "but".equals(v.lower(last - 1))) {
      s = last - 2; // "all but two"
    } else if (FRACTIONS.contains(v.lower(last)) && last - 1 >= limit
        && ("a".equals(v.lower(last - 1)) || "CD".equals(v.pos(last - 1)))) {
      s = last - 1;
    }
    if (s < 0) {
      return null;
    }
    if (s - 2 >= limit && "than".equals(v.lower(s - 1)) && NpTokens.DEGREE.contains(v.lower(s - 2))) {
      return new SourceFinder.Range(s - 2, last + 1); // "less than a third"
    }
    boolean degree = s - 1 >= limit // "nearly a third"
        && (NpTokens.isDegree(v, s - 1) || NpTokens.DEGREE.contains(v.lower(s - 1)));
    return new SourceFinder.Range(degree ? s - 1 : s, last + 1);
  }

  private static final Set<String> PARENTS = Set.of("mother", "father", "grandmother", "grandfather", "parent");
  private static final Set<String> FRACTIONS = Set.of("third", "thirds", "quarter", "quarters", "fifth", "fifths");

  /** "most of them", "some of us": a quantifier over an object pronoun ending at {@code last}, else null. */
  static SourceFinder.Range partitive(TokenView v, int last, int limit) {
    int q = last - 2;
    if (q < limit || !"of".equals(v.lower(last - 1))
        || !Vocabulary.QUANTIFIERS.contains(v.lower(q)) && !"CD".equals(v.pos(q)) && !"majority".equals(v.lower(q))) {
      return null;
    }
    boolean lead = q - 1 >= limit && ("the".equals(v.lower(q - 1)) || NpTokens.isDegree(v, q - 1));
    int s = lead ? q - 1 : q;
    return new SourceFinder.Range(s, last + 1);
  }
}

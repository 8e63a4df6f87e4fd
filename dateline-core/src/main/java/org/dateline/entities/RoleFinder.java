package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.dateline.model.EntityType;
import org.dateline.model.Role;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Reads the title written with a person's name. Before the name: {@code [affiliation]['s] [role phrase] [rank]
 * NAME} ("Pentagon spokesman Cmdr. Sean Robertson", "Russian Foreign Minister Sergei Lavrov", "Sen. Jane Doe").
 * After it, as an apposition: {@code NAME, [a|the] [affiliation] role phrase [of|for|at affiliation],}
 * ("Jane Doe, a spokeswoman for the State Department,"). Affiliations are other entities, named canonically;
 * demonyms give their country.
 */
final class RoleFinder {
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "for", "at", "with", "in", "to");

  private final Lexicon lexicon;
  private final NlpDoc doc;
  private final List<Token> t;
  /** The mention covering a token, or null. */
  private final IntFunction<RawMention> mentionAt;
  /** The canonical name of a mention's entity. */
  private final java.util.function.Function<RawMention, String> nameOf;

  RoleFinder(Lexicon lexicon, NlpDoc doc, IntFunction<RawMention> mentionAt,
      java.util.function.Function<RawMention, String> nameOf) {
    this.lexicon = lexicon;
    this.doc = doc;
    this.t = doc.tokens();
    this.mentionAt = mentionAt;
    this.nameOf = nameOf;
  }

  Optional<Role> before(RawMention m) {
    Sentence s = doc.sentences().get(t.get(m.first()).sentence());
    int i = m.first() - 1;
    int r = i;
    while (r >= s.firstToken() && free(r) && lexicon.isRank(t.get(r).word())) {
      r--;
    }
    boolean fullWordRank = r < i && !t.get(i).word().endsWith(".");
    if (fullWordRank && r >= s.firstToken() && free(r)
        && (lexicon.isRoleWord(t.get(r).word()) || hyphen(r) && lexicon.isRoleWord(t.get(r - 1).word()))) {
      r = i; // "Attorney General Jane Doe", "Secretary-General Ana Ruiz": a role phrase, not a rank
    }
    Optional<String> rank = r < i ? Optional.of(MentionFinder.join(t, r + 1, i + 1)) : Optional.empty();
    int left = r;
    Optional<String> role = Optional.empty();
    if (left >= s.firstToken() && free(left) && lexicon.abbreviation(t.get(left).word()).isPresent()) {
      role = lexicon.abbreviation(t.get(left).word());
      left--;
    } else if (left >= s.firstToken() && free(left) && lexicon.isHonorific(t.get(left).word())) {
      left--;
    } else {
      int j = rolePhraseStart(s, left);
      if (j <= left) {
        role = Optional.of(roleText(j, left + 1));
        left = j - 1;
      }
    }
    if (role.isEmpty() && rank.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> affiliation = Optional.empty();
    int k = left >= s.firstToken() && t.get(left).pos().equals("POS") ? left - 1 : left;
    if (k >= s.firstToken() && mentionAt.apply(k) != null && mentionAt.apply(k).end() == k + 1) {
      RawMention a = mentionAt.apply(k);
      affiliation = affiliationName(a);
      if (affiliation.isPresent()) {
        left = a.first() - 1;
      }
    }
    int from = t.get(left + 1).start();
    int to = t.get(m.first() - 1).end();
    return Optional.of(new Role(TextSpan.of(doc.text(), from, to), role, affiliation, rank));
  }

  Optional<Role> after(RawMention m) {
    Sentence s = doc.sentences().get(t.get(m.first()).sentence());
    int k = m.end();
    if (k + 1 >= s.endToken() || !t.get(k).word().equals(",")) {
      return Optional.empty();
    }
    int begin = ++k;
    if (DETERMINERS.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
      k++;
    }
    Optional<String> affiliation = Optional.empty();
    RawMention a = k < s.endToken() ? mentionAt.apply(k) : null;
    if (a != null && a.first() == k) {
      affiliation = affiliationName(a);
      k = a.end();
      if (k < s.endToken() && t.get(k).pos().equals("POS")) {
        k++;
      }
    }
    int end = roleRunEnd(s, k);
    if (end == k) {
      return Optional.empty();
    }
    String role = roleText(k, end);
    int last = end;
    if (affiliation.isEmpty() && end + 1 < s.endToken()
        && AFFILIATION_PREPOSITIONS.contains(t.get(end).word())) {
      int p = end + 1;
      if (DETERMINERS.contains(t.get(p).word().toLowerCase(Locale.ROOT))) {
        p++;
      }
      RawMention b = p < s.endToken() ? mentionAt.apply(p) : null;
      if (b != null && b.first() == p) {
        affiliation = affiliationName(b);
        last = b.end();
      }
    }
    if (affiliation.isPresent() && last + 1 < s.endToken() && t.get(last).word().equals("in")
        && mentionAt.apply(last + 1) != null && mentionAt.apply(last + 1).first() == last + 1) {
      last = mentionAt.apply(last + 1).end(); // "chief economist at Kessler Bank in Munich,"
    }
    if (last < s.endToken() && !closes(t.get(last))) {
      return Optional.empty();
    }
    return Optional.of(new Role(TextSpan.of(doc.text(), t.get(begin).start(), t.get(last - 1).end()),
        Optional.of(role), affiliation, Optional.empty()));
  }

  private static boolean closes(Token next) {
    return next.pos().startsWith("VB") || next.word().length() == 1 && ",.;:)".contains(next.word());
  }

  /** Leftmost token of a role phrase ending at {@code end} (inclusive), or {@code end + 1} if there is none. */
  private int rolePhraseStart(Sentence s, int end) {
    int j = end;
    boolean head = false;
    while (j >= s.firstToken() && free(j)) {
      String w = t.get(j).word();
      if (lexicon.isRoleWord(w)) {
        head |= lexicon.isRoleHead(w);
        j--;
      } else if ((w.equals("of") || hyphen(j)) && j - 1 >= s.firstToken() && j < end
          && lexicon.isRoleWord(t.get(j - 1).word())) {
        j--;
      } else {
        break;
      }
    }
    return head ? j + 1 : end + 1;
  }

  /** End (exclusive) of a role phrase starting at {@code from} that contains a head word, else {@code from}. */
  private int roleRunEnd(Sentence s, int from) {
    int j = from;
    int lastHead = from;
    boolean ofHead = false;
    while (j < s.endToken() && free(j)) {
      String w = t.get(j).word();
      if (lexicon.isRoleWord(w)) {
        j++;
        if (lexicon.isRoleHead(w) || ofHead) {
          lastHead = j; // "head of research", "chief of staff": the words after "of" complete the role
        }
      } else if (w.equals("of") && j + 1 < s.endToken() && lexicon.isRoleWord(t.get(j + 1).word()) && j > from) {
        ofHead = lastHead == j;
        j++;
      } else {
        break;
      }
    }
    return lastHead;
  }

  /** A hyphen written between two words without spaces: "Secretary-General". */
  private boolean hyphen(int k) {
    return k > 0 && k + 1 < t.size() && t.get(k).word().equals("-") && t.get(k - 1).end() == t.get(k).start()
        && t.get(k).end() == t.get(k + 1).start();
  }

  private String roleText(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (!b.isEmpty() && !hyphen(k) && !hyphen(k - 1)) {
        b.append(' ');
      }
      b.append(t.get(k).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private Optional<String> affiliationName(RawMention a) {
    if (a.type() == EntityType.PERSON) {
      return Optional.empty();
    }
    if (a.type() == EntityType.NATIONALITY) {
      return lexicon.countryOfDemonym(a.name()).or(() -> Optional.of(a.name()));
    }
    return Optional.of(nameOf.apply(a));
  }

  private boolean free(int token) {
    return mentionAt.apply(token) == null;
  }
}

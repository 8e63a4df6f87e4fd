package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Token;

/**
 * Corrections of part-of-speech tags that the quote rules depend on and the tagger gets wrong in news copy: a
 * contracted "’s" after a pronoun is a verb ("he’s", "that’s"), not a possessive; "Will" before a past or
 * present-tense verb is a name (a modal is never followed by one); a participle after an adverb after its subject
 * ("the campaign also called") is a past tense; "say" after its plural subject or an appositive's comma is a present
 * tense, and so are "say" and "write" after a counted subject ("the two write", "six in 10 say"); a capitalised
 * "verb" between a title and a surname before a verb ("spokeswoman Hope Hicks said") is a first name; "there"
 * before a finite verb is existential ("says there needs to be"); "co-host" before a name is a title, and a base
 * form after a preposition, determiner and noun is a noun ("at a campaign stop"); a capitalised foreign word is a
 * name ("Neera/FW Tanden/FW"); a participle after a noun is the past tense of a sentence that has no other
 * finite verb ("The union called/VBN for a moratorium"), and so is one after the noun phrase opening a reported
 * clause when an object follows ("said the attack killed/VBN at least seven"); a plural noun spelled like a verb
 * of saying between a name and "that" is its present tense ("Texas counters/NNS that"); a lower-case particle
 * between two names is part of them ("Rio Grande do/VBP Sul"); "US" and "WHO" in capitals among lower-case words
 * are names; "lead" between a comma or determiner and a noun is an adjective ("lead author"); a single mark after a
 * space and before a word opens a quote, as a possessive never follows a space ("says talks 'close to collapse'").
 * Cue verbs the tagger read as participles or plurals are settled by the methods below.
 */
final class Retags {
  private Retags() {}

  private static final Set<String> CLITIC_HOSTS = Set.of(
      "he", "she", "it", "that", "there", "what", "who", "here", "where", "this", "everyone", "nobody", "everything",
      "nothing", "somebody", "someone", "something");

  private static final Set<String> NAME_PARTICLES = Set.of("do", "da", "dos", "das", "de", "del", "della", "di", "du",
      "van", "von", "der", "den", "bin", "ibn", "al");

  private static final Set<String> ACTIVE_ADVERBS = Set.of(
      "also", "later", "then", "previously", "recently", "repeatedly", "publicly", "initially", "originally",
      "immediately", "quickly", "again", "once", "first");
  private static final Set<String> PRESENT_CUES = Set.of(
      "say", "think", "believe", "argue", "contend", "insist", "agree", "warn", "worry", "note", "claim", "fear");

  private static final Set<String> NOUNLIKE_CUES = Set.of(
      "hope", "mock", "fear", "doubt", "plan", "want", "support", "oppose", "blame", "slam", "praise", "warn",
      "demand", "claim", "charge", "vow", "pledge", "promise", "worry", "question", "challenge", "show", "say",
      "suggest", "indicate");
  private static final Set<String> SUBJECT_LINKS = Set.of("of", "for", "from", "in", "by");
  private static final Set<String> OBJECT_STARTS = Set.of(
      "DT", "PRP", "PRP$", "NNP", "NNPS", "NNS", "CD", "IN", "EX", "TO");

  private static final Set<String> ACRONYMS = Set.of("US", "WHO");

  /** "US", "WHO" in capitals among words that are not: a name spelled like a pronoun. */
  private static boolean isAcronym(List<Token> tokens, int i) {
    if (!ACRONYMS.contains(tokens.get(i).word())) {
      return false;
    }
    boolean before = i > 0 && hasLowerCase(tokens.get(i - 1).word());
    boolean after = i + 1 < tokens.size() && hasLowerCase(tokens.get(i + 1).word());
    return before || after; // "WE SAY NO TO US BASES" is a headline's capitals
  }

  private static boolean hasLowerCase(String w) {
    return w.chars().anyMatch(Character::isLowerCase);
  }

  /** Whether the noun phrase ending before {@code i} is plural: "voters", "supporters of the law". */
  private static boolean pluralSubject(String[] lower, String[] pos, int i) {
    int j = i - 1;
    if ("NNS".equals(pos[j]) || "NNPS".equals(pos[j])) {
      return true;
    }
    while (j > 0 && (pos[j].startsWith("NN") || "DT".equals(pos[j]) || pos[j].startsWith("JJ")
        || "CD".equals(pos[j]))) {
      j--;
    }
    return j > 0 && SUBJECT_LINKS.contains(lower[j]) // "records from the 2008 election cycle show/NN he …"
        && ("NNS".equals(pos[j - 1]) || "NNPS".equals(pos[j - 1]));
  }

  /**
   * "The union called/VBN for a moratorium.": a participle after a noun in a sentence with no finite verb is the
   * sentence's past tense.
   */
  private static void mainVerbs(List<Token> tokens, String[] pos) {
    int s = 0;
    while (s < pos.length) {
      int e = s;
      while (e < pos.length && tokens.get(e).sentence() == tokens.get(s).sentence()) {
        e++;
      }
      int participle = -1;
      int finite = -1;
      for (int i = s; i < e; i++) {
        String p = pos[i];
        if (":".equals(p) && participle >= 0 && finite < 0) {
          break; // "The statement ended/VBN with a warning: "Any attack will …"": the quote's verbs are its own
        }
        if (isFinite(p) && finite < 0) {
          finite = i;
        }
        boolean afterSubject = i > s && (pos[i - 1].startsWith("NN") || ",".equals(pos[i - 1]) && i - 2 > s);
        if ("VBN".equals(p) && participle < 0 && afterSubject) { // "X, citing Y, granted/VBN bail"
          participle = i;
        }
      }
      if (participle >= 0 && (finite < 0 || coordinated(pos, s, participle, finite))) {
        pos[participle] = "VBD";
      }
      s = e;
    }
  }

  /**
   * "Obama positioned/VBN Clinton as … and said/VBD …": a participle right after the sentence's opening noun phrase,
   * with an object after it, before a coordinated past tense, is that past tense's partner.
   */
  private static boolean coordinated(String[] pos, int s, int participle, int finite) {
    if (finite < participle + 2 || !"VBD".equals(pos[finite]) || !"CC".equals(pos[finite - 1])
        || !OBJECT_OPENERS.contains(pos[participle + 1])) {
      return false;
    }
    int subject = s;
    while ("IN".equals(pos[s]) && subject < participle && !",".equals(pos[subject])) {
      subject++; // "In his speech, Obama positioned …"
    }
    if (subject == participle) {
      return false; // an opening phrase with no comma: no subject of the participle's own was seen
    }
    for (int i = subject == s ? s : subject + 1; i < participle; i++) {
      if (!pos[i].startsWith("NN") && !"DT".equals(pos[i]) && !"JJ".equals(pos[i])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "NNP", "PRP", "PRP$");

  /**
   * "said the attack killed/VBN at least seven people": a participle right after the short noun phrase that opens a
   * verb of saying's object, with an object of its own, is the reported clause's past tense.
   */
  private static void reportedVerbs(List<Token> tokens, String[] lower, String[] pos) {
    for (int c = 0; c + 3 < pos.length; c++) {
      if (!pos[c].startsWith("VB") || !CueLexicon.isSpeech(tokens.get(c).lemma())) {
        continue;
      }
      int i = c + 1 + ("that".equals(lower[c + 1]) ? 1 : 0);
      if (i >= pos.length || !"DT".equals(pos[i]) && !"PRP$".equals(pos[i])) {
        continue;
      }
      int k = i + 1;
      while (k < pos.length && k < i + 4 && (pos[k].startsWith("JJ") || pos[k].startsWith("NN"))) {
        k++;
      }
      boolean object = k + 1 < pos.length && (OBJECT_OPENERS.contains(pos[k + 1]) || "CD".equals(pos[k + 1])
          || "at".equals(lower[k + 1]) && k + 2 < pos.length && "least".equals(lower[k + 2]));
      if (k > i + 1 && k < pos.length && "VBN".equals(pos[k]) && pos[k - 1].startsWith("NN") && object
          && tokens.get(k).sentence() == tokens.get(c).sentence()) {
        pos[k] = "VBD";
      }
    }
  }

  /**
   * "while most of his competitors called/VBN for …", "when Trump in his speech called/VBN …": a cue verb's
   * participle after the noun phrase (and a prepositional phrase) that follows a subordinator is the clause's past
   * tense, when an object or preposition other than "by" follows.
   */
  private static void subordinateVerbs(List<Token> tokens, String[] lower, String[] pos) {
    for (int i = 2; i + 1 < pos.length; i++) {
      String lemma = tokens.get(i).lemma();
      if (!"VBN".equals(pos[i]) || !pos[i - 1].startsWith("NN") || "by".equals(lower[i + 1])
          || !OBJECT_STARTS.contains(pos[i + 1]) && !pos[i + 1].startsWith("JJ")
          || !CueLexicon.isSpeech(lemma) && !CueLexicon.takesObject(lemma) && !CueLexicon.hasPhrasal(lemma)) {
        continue;
      }
      int j = i - 1; // the first word of the subject, and of a prepositional phrase after it
      while (j > 0 && tokens.get(j - 1).sentence() == tokens.get(i).sentence()
          && !Vocabulary.SUBORDINATORS.contains(lower[j - 1]) && inNounPhrase(pos[j - 1])) {
        j--;
      }
      if (j > 0 && Vocabulary.SUBORDINATORS.contains(lower[j - 1]) && j < i - 1) {
        pos[i] = "VBD";
      }
    }
  }

  private static boolean inNounPhrase(String p) {
    return p.startsWith("NN") || p.startsWith("JJ") || p.startsWith("PRP") || "DT".equals(p) || "CD".equals(p)
        || "POS".equals(p) || "IN".equals(p);
  }

  /** A finite verb's tag, as {@link TokenView#isFinite} reads it once the tags are settled. */
  static boolean isFinite(String p) {
    return "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p);
  }

  /** Rewrites {@code pos} in place; {@code lower} holds the lower-cased words. */
  static void apply(List<Token> tokens, String[] lower, String[] pos) {
    for (int i = 0; i < pos.length; i++) {
      if ("FW".equals(pos[i]) && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
        pos[i] = "NNP"; // "Neera/FW Tanden/FW asked": the tagger's guess for an unknown name
      }
    }
    for (int i = 1; i + 1 < pos.length; i++) {
      if (NAME_PARTICLES.contains(tokens.get(i).word()) && "NNP".equals(pos[i - 1]) && "NNP".equals(pos[i + 1])
          && Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) {
        pos[i] = "NNP"; // "Rio Grande do/VBP Sul", "Lula da Silva": a particle inside a name
      }
    }
    for (int i = 0; i + 1 < pos.length; i++) {
      boolean opens = i == 0 || ",".equals(lower[i - 1]) || "DT".equals(pos[i - 1]) || "POS".equals(pos[i - 1])
          || "``".equals(pos[i - 1]) || "''".equals(pos[i - 1]); // "…," lead/VB author Hanna Berg said
      if ("lead".equals(lower[i]) && pos[i].startsWith("VB") && opens && "NN".equals(pos[i + 1])) {
        pos[i] = "JJ"; // "Helen Park, lead/VB author of the study": the adjective of a role
      }
    }
    for (int i = 0; i < pos.length; i++) {
      if (isAcronym(tokens, i)) {
        lower[i] = tokens.get(i).word(); // "The WHO said", "The US said": a name, not "who" or "us"
        pos[i] = "NNP";
      }
    }
    for (int i = 0; i + 1 < pos.length; i++) {
      boolean opens = i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
      boolean name = "PERSON".equals(tokens.get(i).ner()) && Character.isUpperCase(tokens.get(i).word().charAt(0));
      if (opens && name && pos[i].startsWith("VB") && (pos[i + 1].startsWith("VB") || "MD".equals(pos[i + 1]))) {
        pos[i] = "NNP"; // "Husted/VBN continued/VBN by saying": a surname opening its sentence, then its verb
        pos[i + 1] = "VBN".equals(pos[i + 1]) ? "VBD" : pos[i + 1];
      }
    }
    mainVerbs(tokens, pos);
    reportedVerbs(tokens, lower, pos);
    subordinateVerbs(tokens, lower, pos);
    for (int i = 1; i + 1 < pos.length; i++) {
      boolean detached = tokens.get(i - 1).end() < tokens.get(i).start()
          && tokens.get(i).end() == tokens.get(i + 1).start();
      if ("POS".equals(pos[i]) && ("'".equals(lower[i]) || "‘".equals(lower[i])) && detached) {
        pos[i] = "``"; // "says talks 'close to collapse'": a possessive mark never follows a space
      }
    }
    for (int i = 1; i < pos.length; i++) {
      String w = lower[i];
      if (("’s".equals(w) || "'s".equals(w)) && "POS".equals(pos[i]) && CLITIC_HOSTS.contains(lower[i - 1])
          && tokens.get(i - 1).end() == tokens.get(i).start()) {
        pos[i] = "VBZ";
      }
    }
    for (int i = 2; i + 1 < pos.length; i++) {
      if ("VBN".equals(pos[i]) && "RB".equals(pos[i - 1]) && ACTIVE_ADVERBS.contains(lower[i - 1])
          && (pos[i - 2].startsWith("NN") || "PRP".equals(pos[i - 2])) && !"by".equals(lower[i + 1])) {
        pos[i] = "VBD"; // "the campaign also called on …": a past tense, not a participle
      }
      if ("VB".equals(pos[i]) && PRESENT_CUES.contains(lower[i])
          && (",".equals(lower[i - 1]) || "NNS".equals(pos[i - 1]) || "NNPS".equals(pos[i - 1]))) {
        pos[i] = "VBP"; // "the hawks, like Rubio, say …": a present tense after its subject
      }
      boolean counted = "CD".equals(pos[i - 1]) && !lower[i - 1].matches("\\d{4}") || "both".equals(lower[i - 1]);
      boolean ratio = "in".equals(lower[i - 2]) || "of".equals(lower[i - 2]); // "Six in 10 say", "two of three"
      boolean mistagged = "VB".equals(pos[i]) || "NN".equals(pos[i]) || "UH".equals(pos[i]); // "say/UH" happens
      if (mistagged && (PRESENT_CUES.contains(lower[i]) || "write".equals(lower[i])) && counted
          && ("DT".equals(pos[i - 2]) || ratio)) {
        pos[i] = "VBP"; // "the two write", "the three say": a present tense after a counted subject
      }
    }
    for (int i = 1; i + 1 < pos.length; i++) {
      boolean subject = "PRP".equals(pos[i - 1]) || i > 1 && "RB".equals(pos[i - 1]) && ("NNP".equals(pos[i - 2])
          || "PRP".equals(pos[i - 2])); // "Sanders often questions/NNS Clinton's ties": a verb after its subject
      String lemma = tokens.get(i).lemma();
      if ("NNS".equals(pos[i]) && subject && OBJECT_STARTS.contains(pos[i + 1])
          && (CueLexicon.isSpeech(lemma) || CueLexicon.takesObject(lemma))) {
        pos[i] = "VBZ";
      }
    }
    for (int i = 1; i + 1 < pos.length; i++) {
      boolean nounLike = ("NN".equals(pos[i]) || "JJ".equals(pos[i])) && NOUNLIKE_CUES.contains(lower[i]);
      if (nounLike && pluralSubject(lower, pos, i) && OBJECT_STARTS.contains(pos[i + 1])) {
        pos[i] = "VBP"; // "Supporters of the law hope this is …", "Terrorists mock bids …"
      }
    }
    for (int i = 0; i + 2 < pos.length; i++) {
      String w = tokens.get(i).word();
      boolean base = "VB".equals(pos[i]) || "VBP".equals(pos[i]);
      if (base && Character.isUpperCase(w.charAt(0)) && "NNP".equals(pos[i + 1])
          && ("VBD".equals(pos[i + 2]) || "VBZ".equals(pos[i + 2])) && (i == 0 || !"NNP".equals(pos[i - 1]))) {
        pos[i] = "NNP"; // "spokeswoman Hope Hicks said": a first name, not a verb
      }
    }
    for (int i = 0; i + 1 < pos.length; i++) {
      if ("VB".equals(pos[i]) && i >= 3 && "NN".equals(pos[i - 1]) && "DT".equals(pos[i - 2])
          && "IN".equals(pos[i - 3]) && !"that".equals(lower[i - 3]) && "IN".equals(pos[i + 1])
          && !PRESENT_CUES.contains(lower[i])) { // not "voters in each state say/VB"
        pos[i] = "NN"; // "at a campaign stop/VB in Toledo": a compound noun inside a prepositional phrase
      }
      if (lower[i].startsWith("co-") && pos[i].startsWith("VB") && pos[i + 1].startsWith("NN")) {
        pos[i] = "NN"; // "told co-host Joe Scarborough": a title
      }
      boolean afterNoun = i > 0 && pos[i - 1].startsWith("NN"); // "Polls there show": a place
      if ("there".equals(lower[i]) && "RB".equals(pos[i]) && !afterNoun && isFinite(pos[i + 1])) {
        pos[i] = "EX"; // "says there needs to be a law": the clause's subject, not a place
      }
      if ("NNS".equals(pos[i]) && i > 0 && "NNP".equals(pos[i - 1]) && "that".equals(lower[i + 1])
          && CueLexicon.isSpeech(tokens.get(i).lemma())) {
        pos[i] = "VBZ"; // "Texas counters/NNS that …": a verb of saying between its subject and "that"
      }
      if ("MD".equals(pos[i]) && "Will".equals(tokens.get(i).word())
          && ("VBD".equals(pos[i + 1]) || "VBZ".equals(pos[i + 1]))) {
        pos[i] = "NNP";
      }
    }
  }
}

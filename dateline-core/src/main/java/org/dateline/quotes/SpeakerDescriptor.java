package org.dateline.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a speaker phrase tells about the speaker, from tokens and coarse NER only:
 * "Pentagon spokesman Cmdr. Sean Robertson" → affiliation Pentagon, role spokesman, rank Cmdr., name Sean Robertson;
 * "a State Department official" → anonymous, affiliation State Department, role official.
 */
record SpeakerDescriptor(
    Optional<String> name, Optional<String> role, Optional<String> affiliation, Optional<String> rank,
    boolean anonymous, boolean pronoun, boolean definite, boolean human) {

  static final Set<String> RANKS = words("cmdr.", "cmdr", "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "sgt.",
      "cpl.", "brig.", "sen.", "rep.", "gov.", "dr.", "prof.", "rev.", "amb.", "gen", "lt", "col", "president",
      "senator", "general", "colonel", "commander", "admiral", "captain", "sergeant", "judge", "justice", "mayor",
      "governor", "chancellor", "king", "queen", "prince", "pope", "sheikh", "secretary", "minister", "ambassador",
      "congressman", "congresswoman", "lieutenant", "major", "representative", "speaker", "chairman", "vice",
      "sheriff", "inspector", "detective", "constable", "superintendent");
  private static final Set<String> HONORIFICS = words("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx.", "mx",
      "messrs.", "mme.", "mlle.");
  static final Set<String> ROLES = words("spokesman", "spokeswoman", "spokesperson", "official", "source", "aide",
      "diplomat", "minister", "secretary", "senator", "president", "governor", "ambassador", "analyst", "expert",
      "lawmaker", "adviser", "advisor", "director", "chief", "chairman", "chairwoman", "leader", "candidate",
      "nominee", "commander", "general", "officer", "representative", "envoy", "attorney", "lawyer", "professor",
      "economist", "strategist", "pollster", "manager", "executive", "founder", "head", "member", "resident",
      "voter", "supporter", "mayor", "judge", "prosecutor", "investigator", "researcher", "scientist", "activist",
      "witness", "negotiator", "mediator", "correspondent", "reporter", "editor", "writer", "author", "historian",
      "congressman", "congresswoman", "delegate", "staffer", "operative", "consultant", "adviser", "observer",
      "officer", "commentator", "host", "chair", "speaker", "secretary-general", "premier", "king", "prosecutor",
      "person", "man", "woman", "insider", "veteran", "doctor", "police", "detective", "agent", "worker",
      "columnist", "juror", "coordinator");
  /**
   * Trades and walks of life: they name a speaker's role ("a nurse at the county hospital", "the boy's mother") but,
   * unlike {@link #ROLES}, do not shape speaker spans elsewhere. A lower-case noun before one joins it ("truck
   * driver").
   */
  private static final Set<String> OCCUPATIONS = words("nurse", "teacher", "farmer", "engineer", "driver", "trader",
      "student", "pilot", "firefighter", "paramedic", "soldier", "miner", "fisherman", "banker", "investor",
      "physician", "surgeon", "epidemiologist", "pharmacist", "dentist", "lecturer", "coach", "referee", "athlete",
      "actor", "singer", "musician", "artist", "architect", "chef", "sheriff", "constable", "inspector",
      "commissioner", "trustee", "priest", "pastor", "imam", "rabbi", "bishop", "volunteer", "organizer", "organiser",
      "protester", "protestor", "demonstrator", "survivor", "neighbor", "neighbour", "owner", "shopkeeper", "vendor",
      "landlord", "tenant", "employee", "broker", "accountant", "planner", "mechanic", "electrician", "clerk",
      "ranger", "warden", "midwife", "therapist", "psychologist", "psychiatrist", "biologist", "geologist",
      "seismologist", "meteorologist", "forecaster", "virologist", "physicist", "chemist", "mother", "father",
      "parent", "wife", "husband", "daughter", "son", "brother", "sister", "grandmother", "grandfather", "relative",
      "shopper", "customer", "passenger", "commuter", "tourist", "refugee", "migrant", "villager", "fan", "player",
      "manager", "medic", "journalist", "photographer", "filmmaker", "novelist", "poet", "lobbyist", "administrator",
      "regulator", "auditor", "landowner", "rancher", "grower", "retiree", "pensioner", "entrepreneur", "homeowner",
      "operator", "labourer", "laborer", "welder", "cleaner", "waiter", "waitress", "baker", "butcher", "fisher");
  private static final Set<String> SERVING = words("for", "to"); // not "of": "Secretary of State Antony Blinken"
  private static final Set<String> ANONYMOUS_HEADS = words("official", "source", "aide", "diplomat", "person",
      "insider", "staffer", "operative", "officer", "adviser", "advisor", "negotiator", "spokesperson", "spokesman",
      "spokeswoman");
  private static final Set<String> INDEFINITE = words("a", "an", "one", "two", "three", "several", "some", "many",
      "other", "another", "senior", "top", "few");
  private static final Set<String> PRONOUNS = words("he", "she", "they", "i", "we", "it", "you", "who", "which",
      "that");

  private static Set<String> words(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }

  private static final Set<String> PORTFOLIOS = words("finance", "foreign", "defense", "defence", "interior",
      "health", "justice", "trade", "energy", "education", "environment", "home", "labor", "labour", "agriculture",
      "transport", "economy", "treasury", "commerce", "culture", "tourism", "industry", "housing");
  private static final Set<String> BODIES = words("council", "board", "committee", "party", "union", "campaign",
      "cabinet"); // only lower-case: "National Committee chairman" names the body, which is the affiliation

  /** "The finance minister", "a council member": the portfolio or body before a role head, with a space; else "". */
  private static String portfolio(TokenView v, int i, int start) {
    String w = i > start ? v.lower(i - 1) : "";
    boolean lower = !w.isEmpty() && Character.isLowerCase(v.word(i - 1).charAt(0));
    boolean body = BODIES.contains(w) && lower;
    boolean trade = lower && OCCUPATIONS.contains(singular(v.lower(i))) && "NN".equals(v.pos(i - 1));
    return PORTFOLIOS.contains(w) || body || trade ? w + " " : "";
  }

  /** "chief financial officer": only lower-case modifiers from the end of the role so far to {@code to}. */
  private static boolean modifiersOnly(TokenView v, int from, int to) {
    if (from < 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!(v.pos(k).startsWith("JJ") || "NN".equals(v.pos(k))) || !Character.isLowerCase(v.word(k).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String phrase(TokenView v, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(b.isEmpty() ? "" : " ").append(v.lower(k));
    }
    return b.toString();
  }

  /** "official data", "official figures": a role word used as an adjective of a noun that is no role. */
  private static boolean adjectiveOfThing(TokenView v, int i, int head) {
    return v.pos(i).startsWith("JJ") && i + 1 < head && v.pos(i + 1).startsWith("NN")
        && !ROLES.contains(singular(v.lower(i + 1)));
  }

  private static final Set<String> RELATIVE_PRONOUNS = words("who", "which", "that", "whose");
  private static final Set<String> LINKS = words("is", "was", "are", "were", "as", "became", "becomes", "been");

  /** "who is a senior official", "who served as an adviser": a role the relative clause predicates of the speaker. */
  private static boolean predicate(TokenView v, int i, int from) {
    int k = i - 1;
    while (k > from && (v.pos(k).startsWith("DT") || v.pos(k).startsWith("JJ") || v.pos(k).startsWith("NN")
        || v.pos(k).startsWith("RB") || "PRP$".equals(v.pos(k)))) {
      k--;
    }
    return k > from && LINKS.contains(v.lower(k));
  }

  /** A possessive marker after token {@code i} inside the head phrase: the word belongs to the possessor. */
  private static boolean possessed(TokenView v, int i, int head) {
    for (int k = i + 1; k < head && k <= i + 3; k++) {
      if ("POS".equals(v.pos(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of the name after the courtesy title at {@code i}, appended to {@code name}; {@code i} itself
   * when the name owns what follows ("Mr. Obama's advisers") or no capitalised word follows.
   */
  private static int titledName(TokenView v, int i, int head, StringBuilder name) {
    int k = i;
    while (k + 1 < head && v.pos(k + 1).startsWith("NNP")) {
      k++;
    }
    if (k + 1 < head && "POS".equals(v.pos(k + 1))) {
      return i;
    }
    for (int j = i + 1; j <= k; j++) {
      append(name, v, j);
    }
    return k;
  }

  /** "Banda's party": a name whose possessive follows within the speaker's head phrase owns it. */
  private static boolean possessor(TokenView v, int i, int head) {
    int k = i;
    while (k + 1 < head && "PERSON".equals(v.tok(k + 1).ner())) {
      k++;
    }
    return k + 2 < head && "POS".equals(v.pos(k + 1));
  }

  static SpeakerDescriptor parse(TokenView v, int start, int end) {
    if (end - start == 1 && PRONOUNS.contains(v.lower(start))) {
      boolean human = !"it".equals(v.lower(start)) && !"which".equals(v.lower(start));
      return new SpeakerDescriptor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          false, true, false, human);
    }
    StringBuilder name = new StringBuilder();
    StringBuilder affiliation = new StringBuilder();
    String rank = null;
    String role = null;
    int nameEnd = end;
    for (int i = start; i < end; i++) {
      if (",".equals(v.word(i))) {
        nameEnd = i;
        break;
      }
    }
    int head = nameEnd;
    for (int i = start + 1; i < nameEnd; i++) {
      if ("VBG".equals(v.pos(i))) {
        head = i; // "The union representing workers": the participle's object names no one the speaker is
        break;
      }
    }
    int roleEnd = -1;
    boolean trade = false; // the role so far is an occupation, which an office named later replaces
    boolean served = false; // "A spokesman for Prime Minister Keir Starmer": whom the speaker serves, not the speaker
    boolean insider = false; // "People close to the president": who they know, not who they are
    for (int i = start; i < head; i++) {
      String low = v.lower(i);
      String ner = v.tok(i).ner();
      insider |= i > start && name.isEmpty() && insiderAt(v, i);
      if (insider && !"PERSON".equals(ner)) {
        continue;
      }
      served |= role != null && name.isEmpty() && SERVING.contains(low);
      if (served && !"ORGANIZATION".equals(ner) && !"LOCATION".equals(ner)) {
        if ("PERSON".equals(ner)) {
          append(affiliation, v, i); // "for Prime Minister Keir Starmer": the name served, titles aside
        }
      } else if ("PERSON".equals(ner) && !possessor(v, i, head)) {
        append(name, v, i);
      } else if (HONORIFICS.contains(low) && Character.isUpperCase(v.word(i).charAt(0))) {
        i = titledName(v, i, head, name); // "Mr. Ban": a courtesy title, then a name the tagger may not know
      } else if (RANKS.contains(low) && i + 1 < nameEnd && "PERSON".equals(v.tok(i + 1).ner())) {
        rank = rank == null ? v.word(i) : rank + " " + v.word(i);
      } else if (isRole(v, i) && !adjectiveOfThing(v, i, head)) {
        if (possessed(v, i, head)) {
          continue; // "The president's spokesman", "The police union's president": the possessor's, not the speaker's
        }
        boolean joined = role != null && v.pos(i).startsWith("NN") && modifiersOnly(v, roleEnd, i);
        boolean office = ROLES.contains(singular(low));
        String alone = role == null || trade && office || !v.pos(i).startsWith("NN") ? portfolio(v, i, start) + low
            : role; // "the architect of the campaign and a close aide": the office, not the trade
        role = joined ? role + " " + phrase(v, roleEnd, i + 1) : alone;
        trade = !joined && role.endsWith(low) ? !office : trade;
        roleEnd = role.endsWith(low) ? i + 1 : roleEnd;
      } else if (("ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "MISC".equals(ner) || "PERSON".equals(ner)
          || v.pos(i).startsWith("NNP") && name.isEmpty() && !capitalisedFirst(v, i)) && !isWhen(v, i)) {
        if (affiliation.length() > 0 && i > start && !isAffiliationToken(v, i - 1)) {
          affiliation.setLength(0);
        }
        append(affiliation, v, i);
      }
    }
    boolean clause = false; // inside "which represents employees": a role there is the clause's object
    for (int i = nameEnd; i < end && (role == null || trade); i++) { // an office before a trade: "and a close aide"
      clause |= RELATIVE_PRONOUNS.contains(v.lower(i));
      if (isRole(v, i) && !v.pos(i).startsWith("VB") && (role == null || !isTrade(v, i)) // not "who heads the"
          && (!clause || predicate(v, i, nameEnd))) {
        trade = role == null && isTrade(v, i);
        role = v.lower(i);
      }
    }
    for (int i = nameEnd; i < end && name.isEmpty(); i++) { // "The WFP country director, Paolo Benedetti,"
      for (int k = i; k < end && "PERSON".equals(v.tok(k).ner()); k++) {
        append(name, v, k);
      }
    }
    for (int k = nameEnd + 1; role != null && name.isEmpty() && k < end && "ORGANIZATION".equals(v.tok(k).ner()); k++) {
      append(name, v, k); // "The mall's owner, Westfield Properties,": the organisation in the role speaks
    }
    // "the African Group of Negotiators": an organisation's name, however its last word reads
    boolean orgHead = role == null && "ORGANIZATION".equals(v.tok(head - 1).ner());
    String headWord = role != null && !role.contains(" ") ? role : orgHead ? "" : v.lower(head - 1);
    boolean definite = "the".equals(v.lower(start)) || "this".equals(v.lower(start));
    boolean named = name.length() > 0;
    boolean human = named || role != null;
    boolean anonymous = !named && (ANONYMOUS_HEADS.contains(singular(headWord))
        && (INDEFINITE.contains(v.lower(start)) || headWord.endsWith("s") || definite)
        || Anonymity.stated(v, nameEnd, end) || insider);
    if (!named && affiliation.length() > 0 && role == null && !anonymous) {
      return new SpeakerDescriptor(Optional.empty(), Optional.empty(), opt(affiliation.toString()),
          Optional.empty(), false, false, definite, false);
    }
    return new SpeakerDescriptor(opt(name.toString()), Optional.ofNullable(role), opt(affiliation.toString()),
        Optional.ofNullable(rank), anonymous, false, definite, human);
  }

  private static final Set<String> INSIDERS = words("close", "familiar", "knowledgeable", "briefed");

  /** "people close to", "sources familiar with", "a person briefed on": an unnamed insider after a noun. */
  private static boolean insiderAt(TokenView v, int i) {
    return INSIDERS.contains(v.lower(i)) && v.pos(i - 1).startsWith("NN") && v.in(i + 1)
        && ("to".equals(v.lower(i + 1)) || "with".equals(v.lower(i + 1)) || "on".equals(v.lower(i + 1))
        || "about".equals(v.lower(i + 1)));
  }

  /** "Voting/NNP rights groups": a word capitalised only as its sentence's first, before a lower-case word. */
  private static boolean capitalisedFirst(TokenView v, int i) {
    return v.sentenceStart(i) == i && "O".equals(v.tok(i).ner()) && v.in(i + 1)
        && Character.isLowerCase(v.word(i + 1).charAt(0));
  }

  /** "A new poll released on Sunday": a weekday or month names no affiliation; "The Sunday Times" does. */
  private static boolean isWhen(TokenView v, int i) {
    boolean named = "ORGANIZATION".equals(v.tok(i).ner()) || v.in(i + 1) && v.pos(i + 1).startsWith("NNP");
    return !named && (Modifiers.isTimeWord(v.lower(i)) || Modifiers.isDate(v, i));
  }

  private static boolean isAffiliationToken(TokenView v, int i) {
    String ner = v.tok(i).ner();
    return "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "MISC".equals(ner) || v.pos(i).startsWith("NNP");
  }

  private static void append(StringBuilder sb, TokenView v, int i) {
    if (sb.length() > 0 && v.tok(i - 1).end() < v.tok(i).start()) {
      sb.append(' ');
    }
    sb.append(v.word(i));
  }

  /**
   * An office outside an organisation's name ("the Chicago Police Department", but "Research Director Raj Shah"); a
   * trade only written in lower case, or first in its sentence, as a head ("a nurse", not "Teachers union").
   */
  private static boolean isRole(TokenView v, int i) {
    String s = singular(v.lower(i));
    boolean named = "ORGANIZATION".equals(v.tok(i).ner()) && !(v.in(i + 1) && "PERSON".equals(v.tok(i + 1).ner()));
    return !named && (ROLES.contains(s) || isTrade(v, i));
  }

  private static boolean isTrade(TokenView v, int i) {
    return OCCUPATIONS.contains(singular(v.lower(i)))
        && (Character.isLowerCase(v.word(i).charAt(0)) || v.sentenceStart(i) == i) // "Seismologists said"
        && !(v.in(i + 1) && ("NN".equals(v.pos(i + 1)) || "NNS".equals(v.pos(i + 1))));
  }

  /** Whether the noun {@code word} names people by office or trade: "reporters", "a nurse". */
  static boolean namesPeople(String word) {
    String s = singular(word);
    return ROLES.contains(s) || OCCUPATIONS.contains(s);
  }

  static String singular(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.endsWith("men")) {
      return s.substring(0, s.length() - 3) + "man";
    }
    return s.endsWith("s") && s.length() > 3 && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}

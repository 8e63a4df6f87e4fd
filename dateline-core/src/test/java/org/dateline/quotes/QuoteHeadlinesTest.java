package org.dateline.quotes;

import static org.dateline.quotes.QuoteExtractorTest.containing;
import static org.dateline.quotes.QuoteExtractorTest.extract;
import static org.dateline.quotes.QuoteOpenersTest.attributed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** A story's headline, where title case and dropped articles hide the verb from the tagger. */
class QuoteHeadlinesTest {

  private static final String BODY = "\n\nSenator Ana Ortiz on Tuesday criticized the agreement, which cuts fees "
      + "for foreign carriers.\n";

  @Test
  void aTitleCaseHeadlineVerbIsTheCue() {
    Quote q = containing(extract("Senator Ortiz Slams Port Deal On Tariffs." + BODY), "Port Deal");
    attributed(q, "Slams", "Senator Ortiz");
    assertEquals("Port Deal On Tariffs", q.content().text());
  }

  @Test
  void aBareVerbAfterAPluralSubjectIsTheCue() {
    Quote q = containing(extract("Fishermen blast harbor plan." + BODY), "harbor plan");
    attributed(q, "blast", "Fishermen");
  }

  @Test
  void aPluralTaggedAsANameBeforeABareVerbIsTheSubject() {
    attributed(containing(extract("Harbor skywriters blast port plan." + BODY), "port plan"), "blast", "Harbor skywriters");
  }

  @Test
  void aVerbOfSayingClosingTheHeadlineAfterACommaIsTheCue() {
    Quote q = containing(extract("Port fees must be cut, federal judge rules." + BODY), "fees");
    attributed(q, "rules", "federal judge");
    assertEquals("Port fees must be cut", q.content().text());
  }

  @Test
  void anAdjectiveAloneBeforeTheVerbIsTheHeadlinesSpeaker() {
    attributed(containing(extract("Republican seeks new harbor inquiry." + BODY), "harbor inquiry"), "seeks",
        "Republican");
  }

  @Test
  void aSecondVerbAfterAndStartsItsOwnQuote() {
    List<Quote> qs = extract("Harbor Union Backs Levy And Denounces Port Deal." + BODY);
    assertEquals("Levy", containing(qs, "Levy").content().text());
    attributed(containing(qs, "Port Deal"), "Denounces", "Harbor Union");
  }

  @Test
  void theSameWordsInTheStoryBodyAreNotAHeadline() {
    List<Quote> qs = extract("Regional news from the coast, as reported by our correspondents on Monday."
        + "\n\nSenator Ortiz Slams Port Deal On Tariffs.\n");
    assertTrue(qs.stream().noneMatch(q -> q.content().text().contains("Port Deal")), qs.toString());
  }

  @Test
  void aScareQuoteClosingTheHeadlineKeepsItsMarkAndFullStop() {
    Quote q = containing(extract("Ortiz: Port deal was an 'outright giveaway.'" + BODY), "Port deal");
    assertEquals("Port deal was an 'outright giveaway.'", q.content().text());
  }

  @Test
  void aColonHeadlineKeepsTheClosingStraightQuoteOfItsClaim() {
    Quote q = containing(extract("Ortiz: 'The port deal is dead.'" + BODY), "port deal");
    attributed(q, ":", "Ortiz");
    assertEquals("'The port deal is dead.'", q.content().text());
  }

  @Test
  void aPastFormInAHeadlineIsAPassive() {
    for (String h : List.of("Ambassador recalled after spying row", "Minister accused of taking bribes",
        "Mayor urged to resign over port deal")) {
      List<Quote> qs = extract(h + BODY);
      assertTrue(qs.stream().noneMatch(q -> q.speaker().isPresent() && q.content().start() < h.length()),
          h + ": " + qs);
    }
    attributed(containing(extract("Senator vowed to fight port deal" + BODY), "fight"), "vowed", "Senator");
  }

  @Test
  void aHeadlineMayEndInItsClosingQuoteMark() {
    Quote q = containing(extract("Minister says port talks 'close to collapse'" + BODY), "collapse");
    attributed(q, "says", "Minister");
    assertEquals("port talks 'close to collapse'", q.content().text());
    Quote r = containing(extract("Mayor says harbor \"safe for now\"" + BODY), "safe for now");
    assertEquals("harbor \"safe for now\"", r.content().text());
  }

  @Test
  void aLedeOpeningTheTextIsNoHeadlinePassive() {
    Quote q = containing(extract("Former harbour master Ana Ruiz said on Friday she would not run again." + BODY),
        "run again");
    attributed(q, "said", "Former harbour master Ana Ruiz");
  }
}

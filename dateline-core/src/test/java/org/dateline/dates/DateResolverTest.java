package org.dateline.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate PUB = LocalDate.of(2018, 9, 17); // a Monday

  /** A whitespace-tokenised one-sentence doc: enough for the resolver, which reads tokens only for tense. */
  static NlpDoc doc(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), "NN", m.group(), "O", 0));
    }
    List<Sentence> s = tokens.isEmpty() ? List.of() : List.of(new Sentence(0, 0, text.length(), 0, tokens.size()));
    return new NlpDoc(text, s, tokens);
  }

  private static Map<String, String> resolve(String text, LocalDate published) {
    Article a = Article.of("t", text).withPublished(published);
    return DateResolver.standard().resolve(a, doc(text)).stream().collect(Collectors.toMap(DateMention::text,
        d -> d.resolved().map(LocalDate::toString).orElse("?") + "/" + d.granularity(), (x, y) -> x + "," + y,
        java.util.LinkedHashMap::new));
  }

  @Test
  void weekdaysAreTheLatestSuchDayOnOrBeforePublication() {
    assertEquals(Map.of("Monday", "2018-09-17/DAY"), resolve("An official said Monday.", PUB));
    assertEquals(Map.of("Friday", "2018-09-14/DAY"), resolve("The talks ended Friday.", PUB));
  }

  @Test
  void futureTenseAndModifiersMoveWeekdaysForward() {
    assertEquals(Map.of("Thursday", "2018-09-20/DAY"), resolve("Ministers will meet on Thursday.", PUB));
    assertEquals(Map.of("next Monday", "2018-09-24/DAY"), resolve("They return next Monday.", PUB));
    assertEquals(Map.of("last Monday", "2018-09-10/DAY"), resolve("It began last Monday.", PUB));
  }

  @Test
  void deicticAndRelativeExpressions() {
    assertEquals(Map.of("yesterday", "2018-09-16/DAY", "last week", "2018-09-10/WEEK", "next month",
        "2018-10-01/MONTH", "two days ago", "2018-09-15/DAY"),
        resolve("He spoke yesterday, after talks last week, before a vote next month, and two days ago.", PUB));
  }

  @Test
  void absoluteFormsResolveWithoutPublicationDate() {
    Map<String, String> r = resolve("Signed on Sept. 12, 2016, in force since 2017, drafted 2016-03-01 and in "
        + "September 2015, also 4 July 2019.", null);
    assertEquals("2016-09-12/DAY", r.get("Sept. 12, 2016"));
    assertEquals("2017-01-01/YEAR", r.get("2017"));
    assertEquals("2016-03-01/DAY", r.get("2016-03-01"));
    assertEquals("2015-09-01/MONTH", r.get("September 2015"));
    assertEquals("2019-07-04/DAY", r.get("4 July 2019"));
  }

  @Test
  void yearlessDatesTakeTheNearestYear() {
    assertEquals(Map.of("Sept. 12", "2018-09-12/DAY"), resolve("Talks on Sept. 12 failed.", PUB));
    assertEquals(Map.of("Dec. 30", "2018-12-30/DAY"), resolve("It ended Dec. 30.", LocalDate.of(2019, 1, 2)));
  }

  @Test
  void relativeFormsStayUnresolvedWithoutPublicationDate() {
    assertEquals(Map.of("Monday", "?/DAY"), resolve("An official said Monday.", null));
  }

  @Test
  void offsetsPointAtTheExpression() {
    String text = "Officials met on Tuesday in Ankara.";
    DateMention d = DateResolver.standard().resolve(Article.of("t", text).withPublished(PUB), doc(text)).get(0);
    assertEquals("Tuesday", text.substring(d.start(), d.end()));
  }

  @Test
  void garbageTextNeverThrows() {
    Random r = new Random(7);
    String alphabet = "Mondays 0123456789-., Sept.Dec ago last next week year May 31 2099 1900 ";
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(80); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      DateResolver.standard().resolve(Article.of("t", text).withPublished(PUB), doc(text));
    }
  }
}

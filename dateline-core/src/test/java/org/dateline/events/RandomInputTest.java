package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Random token soup never breaks the coder, and every event's evidence points into the text. */
class RandomInputTest {
  private static final String[] WORDS = {"Russia/NNP", "and/CC", "the/DT", "Turkish/JJ", "government/NN",
      "attacked/VBD/attack", "talks/NNS", "between/IN", "by/IN", "would/MD", "not/RB", ",/,", "\"/``", "we/PRP",
      "said/VBD/say", "UN-led/JJ", "of/IN", "Syria/NNP", "soldiers/NNS/soldier", "met/VBD/meet", "when/WRB",
      "he/PRP", "Smith/NNP/smith/PERSON", "offensive/NN", "against/IN", "was/VBD/be", "concerned/VBN/concern",
      "serious/JJ", "consequences/NNS", "./.", "visited/VBD/visit", "'s/POS", "in/IN", "Moscow/NNP"};

  @Test
  void randomSentences() {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      String tagged = sb.toString();
      List<Event> events = Coded.events(tagged, i % 3 == 0 ? null : LocalDate.of(2018, 9, 17));
      String text = Tagged.doc(tagged).text();
      for (Event e : events) {
        assertTrue(text.substring(e.trigger().start(), e.trigger().end()).equals(e.trigger().text()));
        assertTrue(e.sources().stream().allMatch(a -> text.substring(a.span().start(), a.span().end()).equals(a.span().text())));
        assertTrue(!e.targets().isEmpty() && !e.sources().isEmpty());
      }
    }
  }
}

package org.dateline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** A person's name wins over NER's other readings of the same words within one article. */
class SurnameClusteringTest {
  private static List<Entity> extract(String text) {
    return EntityExtractor.standard().extract(Article.of("t", text), NlpEngine.corenlp(Profile.FAST).annotate(text));
  }

  @Test
  void aSurnameThatIsAlsoANationalityJoinsThePersonUnlessANounFollows() {
    String text = "Clinton invited Trump critic Mark Cuban to sit in the front row. Cuban said he was excited. "
        + "Cuban officials in Havana declined to comment.";
    List<Entity> es = extract(text);
    Entity cuban = es.stream().filter(e -> e.name().equals("Mark Cuban")).findFirst().orElseThrow();
    assertEquals(List.of("Mark Cuban", "Cuban"), cuban.mentions().stream().map(Mention::text).toList());
    int officials = text.indexOf("Cuban officials");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON
        && e.mentions().stream().anyMatch(m -> m.start() == officials)), es.toString());
  }

  @Test
  void aNameNerReadAsSomethingElseJoinsThePerson() {
    String text = "On Sunday, Trump invited Gennifer Flowers, who once had an affair with Bill Clinton, to the debate. "
        + "WALLACE: Will Gennifer Flowers actually be there?";
    List<Entity> es = extract(text);
    List<Entity> flowers = es.stream().filter(e -> e.name().contains("Flowers")).toList();
    assertEquals(1, flowers.size(), es.toString());
    assertEquals("Gennifer Flowers", flowers.get(0).name());
    assertEquals(EntityType.PERSON, flowers.get(0).type());
    assertEquals(2, flowers.get(0).mentions().size());
  }
}

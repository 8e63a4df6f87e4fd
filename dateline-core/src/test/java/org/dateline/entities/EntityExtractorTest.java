package org.dateline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.Role;
import org.dateline.nlp.NlpEngine;
import org.dateline.nlp.Profile;
import org.junit.jupiter.api.Test;

/** Behaviour of the news entity extractor over the real FAST NLP engine, on short sentences written for the test. */
class EntityExtractorTest {
  private static List<Entity> extract(String text) {
    return EntityExtractor.standard().extract(Article.of("t", text), NlpEngine.corenlp(Profile.FAST).annotate(text));
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + es.stream().map(Entity::name).toList()));
  }

  @Test
  void titleRoleAffiliationAndRankAttachToThePerson() {
    List<Entity> es = extract("Pentagon spokesman Cmdr. Jake Holloway said the talks would continue.");
    Entity p = named(es, "Jake Holloway");
    assertEquals(EntityType.PERSON, p.type());
    Role r = p.roles().get(0);
    assertEquals(Optional.of("spokesman"), r.role());
    assertEquals(Optional.of("Pentagon"), r.affiliation());
    assertEquals(Optional.of("Cmdr."), r.rank());
    assertEquals("Pentagon spokesman Cmdr.", r.evidence().text());
    assertEquals(EntityType.ORGANIZATION, named(es, "Pentagon").type());
  }

  @Test
  void anAppositiveRoleKeepsItsModifiersAndAPlaceAfterItsEmployer() {
    List<Entity> es = extract("\"Rates will fall,\" said Anna Weber, chief economist at Kessler Bank in Munich. "
        + "\"June is the base case,\" said Ines Ruiz, head of research at Kessler Bank.");
    Role r = named(es, "Anna Weber").roles().get(0);
    assertEquals(Optional.of("chief economist"), r.role());
    assertEquals(Optional.of("Kessler Bank"), r.affiliation());
    assertEquals("chief economist at Kessler Bank in Munich", r.evidence().text());
    assertEquals(Optional.of("head of research"), named(es, "Ines Ruiz").roles().get(0).role());
  }

  @Test
  void aPersonOfAnOrganisationIsTwoEntities() {
    List<Entity> es = extract("\"Every day of this costs the economy,\" said economist Laura Chen of Nordic Bank.");
    assertEquals(EntityType.PERSON, named(es, "Laura Chen").type());
    assertEquals(EntityType.ORGANIZATION, named(es, "Nordic Bank").type());
  }

  @Test
  void aHyphenatedTitleIsOneRole() {
    Role sg = named(extract("NATO Secretary-General Mark Rutte said the alliance was ready."), "Mark Rutte")
        .roles().get(0);
    assertEquals(Optional.of("secretary-general"), sg.role());
    assertEquals(Optional.empty(), sg.rank()); // "General" after a hyphen is no military rank
  }

  @Test
  void shortFormsBracketsAndTitlesClusterWithTheFullName() {
    String text = "President [Maria] Lopez met farmers in Ohio. Maria Lopez later said Lopez would return.";
    Entity p = named(extract(text), "Maria Lopez");
    assertEquals(3, p.mentions().size(), p.mentions().toString());
    for (Mention m : p.mentions()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    assertEquals("[Maria] Lopez", p.mentions().get(0).text());
    assertEquals(Optional.of("president"), p.roles().get(0).role());
  }

  @Test
  void countryAliasesAndTheGovernmentCapitalShareOneEntity() {
    List<Entity> es = extract("The United States said it would help. Washington remains concerned, and the U.S. "
        + "embassy in Washington said nothing.");
    Entity us = named(es, "United States");
    assertEquals(EntityType.LOCATION, us.type());
    assertEquals(List.of("United States", "Washington", "U.S."), us.mentions().stream().map(Mention::text).toList());
  }

  @Test
  void armedGroupsAndAcronymsAreOrganisations() {
    List<Entity> es = extract("Fighters of Daesh attacked the town. The group, also called ISIS, lost ground.");
    Entity isis = named(es, "ISIS");
    assertEquals(EntityType.ORGANIZATION, isis.type());
    assertEquals(2, isis.mentions().size());
  }

  @Test
  void organisationHeadsAndInitialsAcronyms() {
    List<Entity> es = extract("The Northern Water Commission approved the plan. NWC officials said it was final.");
    Entity org = named(es, "Northern Water Commission");
    assertEquals(EntityType.ORGANIZATION, org.type());
    assertTrue(org.mentions().stream().anyMatch(m -> m.text().equals("NWC")), org.mentions().toString());
  }

  @Test
  void appositionGivesRoleAndAffiliation() {
    Entity p = named(extract("Anna Berg, a spokeswoman for the State Department, declined to comment."), "Anna Berg");
    Role r = p.roles().get(0);
    assertEquals(Optional.of("spokeswoman"), r.role());
    assertEquals(Optional.of("State Department"), r.affiliation());
  }

  @Test
  void demonymsAreNationalitiesAndGiveCountryAffiliations() {
    List<Entity> es = extract("Turkish Foreign Minister Ali Demir spoke to reporters.");
    assertEquals(EntityType.NATIONALITY, named(es, "Turkish").type());
    Role r = named(es, "Ali Demir").roles().get(0);
    assertEquals(Optional.of("foreign minister"), r.role());
    assertEquals(Optional.of("Turkey"), r.affiliation());
  }

  @Test
  void randomTextNeverBreaksTheExtractor() {
    Random rnd = new Random(11);
    String[] words = {"The", "U.S.", "[", "]", "President", "Washington", "said", ",", "Cmdr.", "of", "Council",
        "ISIS", "(", ")", "Ministry", "-", "Anna", "Berg", "spokesman", "'s", "UN-led", "\n", "GENEVA", "the"};
    for (int i = 0; i < 40; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(40); k > 0; k--) {
        b.append(words[rnd.nextInt(words.length)]).append(' ');
      }
      String text = b.toString();
      for (Entity e : extract(text)) {
        for (Mention m : e.mentions()) {
          assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
      }
    }
  }
}

package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.events.ActorResolver.Group;
import org.dateline.nlp.NlpDoc;
import org.junit.jupiter.api.Test;

/** Actor phrases from dictionary names, role words, links, coordination and dates. */
class ActorResolverTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.builtin(), t -> false);

  private static List<List<String>> groups(String tagged, LocalDate date) {
    NlpDoc doc = Tagged.doc(tagged);
    List<Group> groups = RESOLVER.resolve(doc.tokens(), 0, doc.tokens().size(), Optional.ofNullable(date), List.of());
    return groups.stream().map(g -> g.members().stream().flatMap(p -> p.codes().stream()).toList()).toList();
  }

  private static List<List<String>> groups(String tagged) {
    return groups(tagged, null);
  }

  @Test
  void countryWithRole() {
    assertEquals(List.of(List.of("DEUGOV")), groups("the/DT German/JJ government/NN"));
    assertEquals(List.of(List.of("RUSCOP")), groups("Russian/JJ police/NN"));
  }

  @Test
  void possessiveRoleAndName() {
    assertEquals(List.of(List.of("FRAGOV")), groups("France/NNP 's/POS foreign/JJ minister/NN Jean/NNP"));
  }

  @Test
  void roleLinkedByOfFromIn() {
    assertEquals(List.of(List.of("TURMIL")), groups("soldiers/NNS/soldier from/IN Turkey/NNP"));
    assertEquals(List.of(List.of("FRALEG", "ITALEG")),
        groups("lawmakers/NNS/lawmaker in/IN France/NNP and/CC Italy/NNP"));
  }

  @Test
  void listsNeedAConjunction() {
    assertEquals(List.of(List.of("IRN", "IRQ", "SYR")), groups("Iran/NNP ,/, Iraq/NNP and/CC Syria/NNP"));
    assertEquals(List.of(List.of("IRN"), List.of("IRQ")), groups("Iran/NNP ,/, Iraq/NNP"));
  }

  @Test
  void roleSharedInsideAList() {
    assertEquals(List.of(List.of("DNKMED", "DNKGOV")), groups("Danish/JJ media/NNS and/CC government/NN"));
  }

  @Test
  void hyphenatedActorPrefix() {
    assertEquals(List.of(List.of("IGOUNO")), groups("the/DT UN-led/JJ process/NN"));
  }

  @Test
  void adjectiveBeforeAnOrdinaryNounIsNoActor() {
    assertEquals(List.of(), groups("Swiss/JJ francs/NNS"));
    assertEquals(List.of(), groups("the/DT Russian/JJ city/NN"));
    assertEquals(List.of(List.of("PAK")), groups("a/DT Pakistani/JJ woman/NN"));
  }

  @Test
  void shortCapitalisedNamesMatchCaseSensitively() {
    assertEquals(List.of(List.of("USA")), groups("the/DT US/NNP"));
    assertEquals(List.of(), groups("let/VB us/PRP"));
  }

  @Test
  void leadersDependOnTheArticleDate() {
    assertEquals(List.of(List.of("USAGOV")), groups("Trump/NNP", LocalDate.of(2018, 9, 17)));
    assertEquals(List.of(List.of("USA")), groups("Trump/NNP", LocalDate.of(2016, 9, 17)));
    assertEquals(List.of(List.of("USAELI")), groups("Trump/NNP", LocalDate.of(2022, 3, 1)));
  }

  @Test
  void rolesDoNotStack() {
    assertEquals(List.of(List.of("USAMIL")), groups("Pentagon/NNP spokesman/NN"));
    assertEquals(List.of(List.of("USAGOV")), groups("White/NNP House/NNP officials/NNS/official"));
  }
}

package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The actor-dictionary and lexicon file formats, including malformed and random input. */
class DictionaryFormatTest {
  private static ActorDictionary actors(String text) throws IOException {
    ActorDictionary d = new ActorDictionary();
    d.load(new StringReader(text), "test.txt");
    return d;
  }

  private static Lexicon lexicon(String text) throws IOException {
    Lexicon l = new Lexicon();
    l.load(new StringReader(text), "lex.txt");
    return l;
  }

  @Test
  void datedAlternativesAndMultipleCodes() throws IOException {
    ActorDictionary d = actors("# comment\n[actors]\nHOB@..1995-05-31 HOBGOV@1995-06-01..1999-08-15 HOBREB = Gollum; Smeagol\n"
        + "FRO/SAM = The Shire\n[agents]\nGOV = government\nNGO~ = rights group\n");
    ActorDictionary.ActorEntry gollum = d.actors().longest(Tagged.doc("Smeagol/NNP").tokens(), 0, 1).value();
    assertEquals(List.of("HOB"), gollum.codesAt(Optional.of(LocalDate.of(1990, 1, 1))));
    assertEquals(List.of("HOBGOV"), gollum.codesAt(Optional.of(LocalDate.of(1996, 1, 1))));
    assertEquals(List.of("HOBREB"), gollum.codesAt(Optional.of(LocalDate.of(2005, 1, 1))));
    assertEquals(List.of("HOB"), gollum.codesAt(Optional.empty()));
    assertEquals(List.of("FRO", "SAM"),
        d.actors().longest(Tagged.doc("The/DT Shire/NNP").tokens(), 0, 2).value().codesAt(Optional.empty()));
    assertTrue(d.agents().longest(Tagged.doc("rights/NNS group/NN").tokens(), 0, 2).value().prefix());
  }

  @Test
  void laterFilesOverrideEarlierNames() throws IOException {
    ActorDictionary d = actors("[actors]\nZWE = Zimbabwe\n");
    d.load(new StringReader("[actors]\nZBW = Zimbabwe\n"), "user.txt");
    assertEquals(List.of("ZBW"), d.actors().longest(Tagged.doc("Zimbabwe/NNP").tokens(), 0, 1).value().codesAt(Optional.empty()));
  }

  @Test
  void actorErrorsNameFileLineAndRule() {
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> actors("USA = America\n"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().startsWith("test.txt:1: entries must follow"), e.getMessage());
    e = assertThrows(DictionaryFormatException.class, () -> actors("[actors]\n\nusa = America\n"));
    assertEquals(3, e.line());
    e = assertThrows(DictionaryFormatException.class, () -> actors("[actors]\nUSA@2001-13-01.. = America\n"));
    assertTrue(e.getMessage().contains("ISO"), e.getMessage());
    assertThrows(DictionaryFormatException.class, () -> actors("[people]\n"));
    assertThrows(DictionaryFormatException.class, () -> actors("[agents]\nG/OV = x\n"));
  }

  @Test
  void lexiconPatternsSetsAndReverseCodes() throws IOException {
    Lexicon l = lexicon("&ties = ties; diplomatic relations\nV restore = ---\nV restore | * &ties = 050\n"
        + "V visit = 042:043\nV agree | % * = 030:030\nN talks = 046\nS serious consequences = 130\n");
    Lexicon.Entry restore = l.index(Lexicon.Kind.V).longest(Tagged.doc("restore/VB").tokens(), 0, 1).value();
    assertTrue(restore.fallback.isNull());
    assertEquals("050", restore.rules.get(0).coding().code());
    assertEquals(2, restore.rules.get(0).after().get(0).size());
    Lexicon.Entry visit = l.index(Lexicon.Kind.V).longest(Tagged.doc("visited/VBD/visit").tokens(), 0, 1).value();
    assertEquals(Optional.of("043"), visit.fallback.reverse());
    assertTrue(l.index(Lexicon.Kind.V).longest(Tagged.doc("agree/VBP").tokens(), 0, 1).value().rules.get(0).compound());
    assertEquals(2, l.index(Lexicon.Kind.S).longest(Tagged.doc("serious/JJ consequences/NNS").tokens(), 0, 2).end());
  }

  @Test
  void lexiconErrors() {
    assertThrows(DictionaryFormatException.class, () -> lexicon("X restore = 050\n"));
    assertThrows(DictionaryFormatException.class, () -> lexicon("V restore = 5\n"));
    assertThrows(DictionaryFormatException.class, () -> lexicon("V restore | ties = 050\n"));
    assertThrows(DictionaryFormatException.class, () -> lexicon("V restore | * &nothing = 050\n"));
    DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> lexicon("V ok = 010\nV\n"));
    assertEquals(2, e.line());
  }

  @Test
  void randomInputLoadsOrFailsWithAFormatError() {
    Random random = new Random(7);
    String alphabet = "[]=;|*&%~@.:-/#\n aAzZ019_GOVactors";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(80);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = (i % 2 == 0 ? "[actors]\n" : "") + sb;
      try {
        actors(text);
      } catch (DictionaryFormatException | IOException expected) {
        // a typed, positioned error is the contract
      }
      try {
        lexicon(sb.toString());
      } catch (DictionaryFormatException | IOException expected) {
        // same
      }
    }
  }
}

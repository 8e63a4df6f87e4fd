package org.dateline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CAMEO to PLOVER, quad class and Goldstein. */
class CameoTest {
  @Test
  void ploverTypes() {
    assertEquals("CONSULT", Cameo.plover("046"));
    assertEquals("AGREE", Cameo.plover("057"));
    assertEquals("SUPPORT", Cameo.plover("051"));
    assertEquals("THREATEN", Cameo.plover("138"));
    assertEquals("SANCTION", Cameo.plover("172"));
    assertEquals("ASSAULT", Cameo.plover("195"));
    assertEquals("RETREAT", Cameo.plover("087"));
  }

  @Test
  void quadClassAndGoldstein() {
    assertEquals(Optional.of(1), Cameo.quadClass("051"));
    assertEquals(Optional.of(2), Cameo.quadClass("073"));
    assertEquals(Optional.of(3), Cameo.quadClass("111"));
    assertEquals(Optional.of(4), Cameo.quadClass("1711"));
    assertEquals(Optional.of(-10.0), Cameo.goldstein("195"));
    assertEquals(Optional.of(7.0), Cameo.goldstein("046"));
    assertEquals(Optional.of(-9.2), Cameo.goldstein("1711"));
  }

  @Test
  void codesOutsideCameoHaveNoScores() {
    assertTrue(Cameo.isValid("174K"));
    assertFalse(Cameo.isCameo("903"));
    assertEquals(Optional.empty(), Cameo.goldstein("903"));
    assertEquals(Optional.empty(), Cameo.quadClass("345"));
    assertFalse(Cameo.isValid("12345"));
  }
}

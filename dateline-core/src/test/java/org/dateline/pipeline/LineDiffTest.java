package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void showsChangedLinesWithContext() {
    String d = LineDiff.diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");
    assertTrue(d.contains(" - c"), d);
    assertTrue(d.contains(" + X"), d);
    assertTrue(d.contains("   b"), d);
  }

  @Test
  void identicalTextsHaveNoChanges() {
    assertEquals("", LineDiff.diff("a\nb\n", "a\nb\n"));
  }
}

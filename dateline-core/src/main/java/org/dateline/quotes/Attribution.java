package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.QuoteType;

/**
 * Working record of one attribution while the extractor assembles it: cue and source as token ranges, content as
 * character segments. {@code context} names the attribution whose speaker this one inherits (participle cues,
 * quotes continued across paragraphs) when it has no source of its own.
 */
final class Attribution {
  int cueStart = -1;
  int cueEnd = -1;
  int sourceStart = -1;
  int sourceEnd = -1;
  int addresseeStart = -1;
  int addresseeEnd = -1;
  final List<int[]> content = new ArrayList<>();
  final List<QuoteType> types = new ArrayList<>();
  Attribution context;

  Attribution cue(int start, int end) {
    cueStart = start;
    cueEnd = end;
    return this;
  }

  Attribution source(SourceFinder.Range r) {
    if (r != null) {
      sourceStart = r.start();
      sourceEnd = r.end();
    }
    return this;
  }

  Attribution addressee(SourceFinder.Range r) {
    if (r != null) {
      addresseeStart = r.start();
      addresseeEnd = r.end();
    }
    return this;
  }

  Attribution add(int start, int end, QuoteType type) {
    if (end > start) {
      content.add(new int[] {start, end});
      types.add(type);
    }
    return this;
  }

  boolean hasSource() {
    return sourceStart >= 0;
  }

  int firstContentStart() {
    return content.isEmpty() ? Integer.MAX_VALUE : content.get(0)[0];
  }

  /** The attribution whose written source speaks for this one (itself when it has a source). */
  Attribution speakerOrigin() {
    Attribution a = this;
    for (int guard = 0; guard < 50 && !a.hasSource() && a.context != null; guard++) {
      a = a.context;
    }
    return a;
  }
}

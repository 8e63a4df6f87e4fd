package org.dateline.store;

import java.util.Optional;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Speaker;

/** The display name of a speaker: its resolved name, else the name of its entity; absent for unresolved pronouns. */
final class SpeakerNames {
  private SpeakerNames() {}

  static Optional<String> name(Speaker s, AnalyzedArticle r) {
    if (s.name().isPresent()) {
      return s.name();
    }
    return s.entityId().flatMap(r::entity).map(e -> e.name());
  }
}

package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.model.Role;
import org.dateline.nlp.NlpDoc;

/**
 * The news-tuned extractor: {@link MentionFinder} finds and repairs mentions, {@link Clusterer} groups them into
 * entities, {@link RoleFinder} attaches the titles written with people's names. Stateless and thread-safe.
 */
final class NewsEntityExtractor implements EntityExtractor {
  private final Lexicon lexicon = Lexicon.get();
  private final MentionFinder finder = new MentionFinder(lexicon);

  @Override
  public List<Entity> extract(Article article, NlpDoc doc) {
    List<RawMention> raw = finder.find(doc);
    List<Clusterer.Cluster> clusters = Clusterer.cluster(raw, doc.tokens());
    RawMention[] at = new RawMention[doc.tokens().size()];
    Map<RawMention, Clusterer.Cluster> clusterOf = new HashMap<>();
    for (Clusterer.Cluster c : clusters) {
      for (RawMention m : c.mentions) {
        clusterOf.put(m, c);
        for (int k = m.first(); k < m.end(); k++) {
          at[k] = m;
        }
      }
    }
    RoleFinder roles = new RoleFinder(lexicon, doc, k -> at[k], m -> clusterOf.get(m).name());
    List<Entity> out = new ArrayList<>(clusters.size());
    for (Clusterer.Cluster c : clusters) {
      EntityType type = c.type();
      List<Mention> mentions = new ArrayList<>(c.mentions.size());
      Map<String, Role> seen = new LinkedHashMap<>();
      for (RawMention m : c.mentions) {
        mentions.add(new Mention(doc.text().substring(m.start(), m.stop()), m.start(), m.stop()));
        if (type == EntityType.PERSON) {
          addRole(seen, roles.before(m));
          addRole(seen, roles.after(m));
        }
      }
      out.add(new Entity("E" + (out.size() + 1), type, c.name(), mentions, List.copyOf(seen.values())));
    }
    return out;
  }

  private static void addRole(Map<String, Role> seen, Optional<Role> role) {
    role.ifPresent(r -> seen.putIfAbsent(r.role().orElse("") + "|" + r.affiliation().orElse("") + "|"
        + r.rank().orElse(""), r));
  }
}

package org.dateline.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Mention;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Token;

/** Baseline: contiguous same-tag NER tokens form a mention; mentions with equal text and type share an entity. */
final class NewsEntityExtractor implements EntityExtractor {
  @Override
  public List<Entity> extract(Article article, NlpDoc doc) {
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    List<Token> tokens = doc.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isEntity()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) {
        j++;
      }
      int start = t.start();
      int end = tokens.get(j - 1).end();
      String text = doc.text().substring(start, end);
      EntityType type = EntityType.valueOf(t.ner());
      String key = type + "|" + text;
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(text, start, end));
      types.put(key, type);
      i = j;
    }
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
      out.add(new Entity("E" + (out.size() + 1), types.get(e.getKey()), e.getValue().get(0).text(), e.getValue(), List.of()));
    }
    return out;
  }
}

package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedLemmasTest {
  private static final String[][] TOKENS = {
      {"Officials", "NNS"}, {"said", "VBD"}, {"they", "PRP"}, {"were", "VBD"}, {"picking_up", "VBG"}, {"geese", "NNS"},
      {"saw", "NN"}, {"saw", "VBD"}, {"better", "JJR"}, {"U.S.", "NNP"}, {"data", ""}, {"running", "VBG"}};

  @Test
  void lemmasAreCoreNlpsOnMissesAndOnHits() {
    List<String> expected = lemmas(new MorphaAnnotator(false));
    CachedLemmas cached = new CachedLemmas();
    assertEquals(expected, lemmas(cached));
    assertEquals(expected, lemmas(cached)); // now all from the cache
    assertEquals(TOKENS.length, cached.size()); // one entry per (word, tag); the repeated token adds none
  }

  private static List<String> lemmas(Annotator annotator) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String[] wt : TOKENS) {
      CoreLabel l = new CoreLabel();
      l.setWord(wt[0]);
      l.setValue(wt[0]);
      l.setTag(wt[1]);
      tokens.add(l);
    }
    tokens.add(tokens.get(6)); // a repeated token in the same document
    CoreMap sentence = new ArrayCoreMap(1);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Annotation doc = new Annotation("");
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    annotator.annotate(doc);
    return tokens.stream().map(CoreLabel::lemma).toList();
  }
}

package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's {@link MorphaAnnotator} behind a bounded cache: a lemma depends only on the token's word and POS tag, and
 * news vocabulary is Zipfian, so most tokens skip the Morpha lexer (about 3 us a token). Misses go through the real
 * annotator, so the lemmas are exactly CoreNLP's. Thread-safe.
 */
final class CachedLemmas implements Annotator {
  /** Entries kept at most (about 100 bytes each); later misses are lemmatised but not cached. */
  static final int CAPACITY = 200_000;

  private final MorphaAnnotator morpha = new MorphaAnnotator(false);
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  @Override
  public void annotate(Annotation annotation) {
    List<CoreLabel> misses = new ArrayList<>();
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = cache.get(key(t));
      if (lemma == null) {
        misses.add(t);
      } else {
        t.setLemma(lemma);
      }
    }
    if (misses.isEmpty()) {
      return;
    }
    CoreMap sentence = new ArrayCoreMap(1);
    sentence.set(CoreAnnotations.TokensAnnotation.class, misses);
    Annotation rest = new Annotation("");
    rest.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    morpha.annotate(rest);
    for (CoreLabel t : misses) {
      if (cache.size() < CAPACITY && t.lemma() != null) {
        cache.put(key(t), t.lemma());
      }
    }
  }

  int size() {
    return cache.size();
  }

  private static String key(CoreLabel t) {
    String tag = t.tag();
    return (tag == null ? "" : tag) + '\u0000' + t.word();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return morpha.requires();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return morpha.requirementsSatisfied();
  }
}

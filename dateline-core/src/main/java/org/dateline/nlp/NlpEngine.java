package org.dateline.nlp;

/** Annotates text with sentences, tokens, POS and NER. Implementations are thread-safe and loaded once per JVM. */
public interface NlpEngine {
  NlpDoc annotate(String text);

  /**
   * As {@link #annotate(String)}, reporting the wall and thread-CPU nanoseconds of each internal step (for CoreNLP:
   * tokenize, pos, lemma, ner, convert) to {@code steps}. Engines without steps report nothing.
   */
  default NlpDoc annotate(String text, StepListener steps) {
    return annotate(text);
  }

  Profile profile();

  /** The shared CoreNLP-backed engine for {@code profile}; loads models on first call (seconds). */
  static NlpEngine corenlp(Profile profile) {
    return CoreNlpEngine.shared(profile);
  }

  /** Receives the cost of one internal step of an annotation. */
  @FunctionalInterface
  interface StepListener {
    void step(String name, long wallNanos, long cpuNanos);
  }
}

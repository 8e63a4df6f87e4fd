package org.dateline.nlp;

/** Annotates text with sentences, tokens, POS and NER. Implementations are thread-safe and loaded once per JVM. */
public interface NlpEngine {
  NlpDoc annotate(String text);

  Profile profile();

  /** The shared CoreNLP-backed engine for {@code profile}; loads models on first call (seconds). */
  static NlpEngine corenlp(Profile profile) {
    return CoreNlpEngine.shared(profile);
  }
}

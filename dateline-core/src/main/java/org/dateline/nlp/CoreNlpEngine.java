package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * {@link NlpEngine} over CoreNLP annotators assembled by hand: the POS tagger and the NER classifier(s) load in
 * parallel threads (startup is dominated by model loading), then run as an ordinary annotation pipeline. Calling
 * {@code MaxentTagger}/{@code CRFClassifier} directly was measured as no faster on news (the models dominate: POS
 * ~20 us/token, NER ~20 us/token, tokenize+ssplit+lemma ~4 us/token) and lost the NER post-processing (hyphenated
 * names), so the annotators stay; they run one by one so that each step can be timed, lemmas come from a cache in
 * front of Morpha ({@link CachedLemmas}). The annotators are safe for concurrent {@link #annotate} calls. The
 * tokenizer must stay {@code invertible}: without it the NER-specific re-tokenisation changes (measured: entities
 * such as "Trans-Pacific Partnership" split).
 */
final class CoreNlpEngine implements NlpEngine {
  static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  static final String NER_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  private static final Map<Profile, NlpEngine> SHARED = new EnumMap<>(Profile.class);
  /** Model loading gets threads of its own: the common pool has a single worker on a 2-core machine. */
  static final Executor NEW_THREAD = r -> Thread.ofPlatform().name("dateline-model-load").daemon().start(r);

  private final Profile profile;
  private final List<String> stepNames = List.of("tokenize", "pos", "lemma", "ner");
  private final List<Annotator> steps;

  CoreNlpEngine(Profile profile) {
    this.profile = profile;
    Properties props = properties(profile);
    CompletableFuture<MaxentTagger> tagger = CompletableFuture.supplyAsync(() -> new MaxentTagger(TAGGER), NEW_THREAD);
    CompletableFuture<Annotator> ner = CompletableFuture.supplyAsync(() -> loadNer(props), NEW_THREAD);
    List<Annotator> annotators = new ArrayList<>();
    annotators.add(new TokenizerAnnotator(false, props)); // also splits sentences (CoreNLP 4.5)
    try {
      annotators.add(new POSTaggerAnnotator(tagger.join()));
      annotators.add(new CachedLemmas());
      annotators.add(ner.join());
    } catch (CompletionException e) {
      throw new IllegalStateException("cannot load CoreNLP models for profile " + profile + ": "
          + e.getCause().getMessage(), e.getCause());
    }
    this.steps = List.copyOf(annotators);
  }

  private static Annotator loadNer(Properties props) {
    try {
      return new NERCombinerAnnotator(props);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The per-JVM engine for {@code profile}; the first call loads the models (about 2 s for FAST). */
  static synchronized NlpEngine shared(Profile profile) {
    return SHARED.computeIfAbsent(profile, CoreNlpEngine::new);
  }

  /**
   * FAST: the 4-class CoNLL CRF only (news-trained, gives MISC for nationalities; the 3-class model measured 5-10%
   * faster without MISC, the 7-class MUC model 4-9% slower). ACCURATE: CoreNLP's default 3-model combination with its
   * fine-grained rule layer (several times slower).
   */
  static Properties properties(Profile profile) {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "tokenizeNLs,invertible=true,untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    if (profile == Profile.FAST) {
      p.setProperty("ner.model", NER_4CLASS);
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.combinationMode", "NORMAL");
    }
    p.setProperty("ner.fine.regexner.noDefaultOverwriteLabels", "CITY,STATE_OR_PROVINCE,COUNTRY");
    return p;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public NlpDoc annotate(String text) {
    return annotate(text, (name, wall, cpu) -> { });
  }

  @Override
  public NlpDoc annotate(String text, StepListener listener) {
    ThreadClock clock = new ThreadClock();
    Annotation ann = new Annotation(text);
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).annotate(ann);
      clock.lap(stepNames.get(i), listener);
    }
    NlpDoc doc = toDoc(text, ann);
    clock.lap("convert", listener);
    return doc;
  }

  private static NlpDoc toDoc(String text, Annotation ann) {
    List<CoreLabel> labels = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> sentence = s.get(CoreAnnotations.TokensAnnotation.class);
      if (!sentence.isEmpty()) {
        firsts.add(labels.size());
        labels.addAll(sentence);
      }
    }
    boolean[] starts = OpeningQuotes.sentenceStarts(text, labels, firsts);
    List<Token> tokens = new ArrayList<>(labels.size());
    List<Sentence> sentences = new ArrayList<>(firsts.size());
    int first = 0;
    for (int k = 0; k < labels.size(); k++) {
      if (k > 0 && starts[k]) {
        sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(k - 1).end(), first, k));
        first = k;
      }
      CoreLabel l = labels.get(k);
      int start = l.beginPosition();
      int end = l.endPosition();
      String tag = starts[k] && "''".equals(l.tag()) ? "``" : l.tag();
      tokens.add(new Token(k, text.substring(start, end), start, end, tag, lemma(l), coarse(l.ner()),
          sentences.size()));
    }
    if (!labels.isEmpty()) {
      sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.getLast().end(), first,
          labels.size()));
    }
    return new NlpDoc(text, sentences, tokens);
  }

  private static String lemma(CoreLabel l) {
    String lemma = l.lemma();
    return lemma == null ? l.word() : lemma;
  }

  /** Maps CoreNLP's fine-grained labels onto the coarse set. */
  static String coarse(String ner) {
    if (ner == null) {
      return "O";
    }
    return switch (ner) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> "LOCATION";
      case "NATIONALITY" -> "NATIONALITY";
      case "MISC", "RELIGION", "IDEOLOGY", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE" -> "MISC";
      default -> "O";
    };
  }
}

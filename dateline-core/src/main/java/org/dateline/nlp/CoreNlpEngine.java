package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** {@link NlpEngine} over a Stanford CoreNLP pipeline. */
final class CoreNlpEngine implements NlpEngine {
  private static final Map<Profile, CoreNlpEngine> SHARED = new EnumMap<>(Profile.class);

  private final Profile profile;
  private final StanfordCoreNLP pipeline;

  private CoreNlpEngine(Profile profile) {
    this.profile = profile;
    this.pipeline = new StanfordCoreNLP(properties(profile));
  }

  static synchronized CoreNlpEngine shared(Profile profile) {
    return SHARED.computeIfAbsent(profile, CoreNlpEngine::new);
  }

  static Properties properties(Profile profile) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    if (profile == Profile.FAST) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
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
    Annotation ann = new Annotation(text);
    pipeline.annotate(ann);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      int si = sentences.size();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = l.beginPosition();
        int end = l.endPosition();
        tokens.add(new Token(tokens.size(), text.substring(start, end), start, end, l.tag(), lemma(l),
            coarse(l.ner()), si));
      }
      if (tokens.size() > first) {
        sentences.add(new Sentence(si, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first,
            tokens.size()));
      }
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
      case "PERSON", "TITLE" -> ner.equals("PERSON") ? "PERSON" : "O";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> "LOCATION";
      case "NATIONALITY" -> "NATIONALITY";
      case "MISC", "RELIGION", "IDEOLOGY", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE" -> "MISC";
      default -> "O";
    };
  }
}

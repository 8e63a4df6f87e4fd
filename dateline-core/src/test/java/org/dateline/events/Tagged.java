package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Builds an {@link NlpDoc} from hand-tagged text so stage tests do not depend on a tagger: tokens are
 * {@code word/POS[/lemma[/NER]]} separated by spaces; a token {@code ./.} ends a sentence. Without a lemma the
 * lower-cased word is used.
 */
final class Tagged {
  private Tagged() {}

  static NlpDoc doc(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentenceStart = 0;
    int firstToken = 0;
    for (String item : tagged.trim().split(" +")) {
      String[] p = item.split("/");
      if (p.length < 2) {
        throw new IllegalArgumentException("token must be word/POS, got " + item);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      String lemma = p.length > 2 && !p[2].isEmpty() ? p[2] : p[0].toLowerCase(Locale.ROOT);
      String ner = p.length > 3 ? p[3] : "O";
      tokens.add(new Token(tokens.size(), p[0], start, text.length(), p[1], lemma, ner, sentences.size()));
      if (p[1].equals(".")) {
        sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), firstToken, tokens.size()));
        sentenceStart = text.length() + 1;
        firstToken = tokens.size();
      }
    }
    if (firstToken < tokens.size()) {
      sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), firstToken, tokens.size()));
    }
    return new NlpDoc(text.toString(), sentences, tokens);
  }
}

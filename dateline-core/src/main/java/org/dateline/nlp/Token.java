package org.dateline.nlp;

/**
 * One token. {@code word} is the text exactly as written ({@code text.substring(start, end)}); {@code pos} is a
 * Penn Treebank tag, {@code ner} a coarse tag (PERSON, ORGANIZATION, LOCATION, MISC or "O").
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner, int sentence) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("token span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public boolean isEntity() {
    return !"O".equals(ner);
  }
}

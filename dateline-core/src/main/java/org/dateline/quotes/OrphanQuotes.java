package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.QuoteType;

/**
 * A statement in quotation marks that fills its sentence and has no cue of its own speaks for the person the sentence
 * before names as its subject: {@code The minister was blunt. "We will not negotiate."}. Only a person, a role
 * or "he"/"she"/"they" qualifies, the sentence before holds no quotation, and a quote opening a paragraph looks only
 * at the last sentence of the paragraph before. The attribution has no cue.
 */
final class OrphanQuotes {
  private OrphanQuotes() {}

  /** New attributions for the unattributed quotes, also entered in {@code byQuote}. */
  static List<Attribution> find(TokenView v, Attribution[] byQuote, boolean[] used) {
    List<Attribution> out = new ArrayList<>();
    for (int q = 0; q < byQuote.length; q++) {
      QuoteMarks.Span span = v.quotes.get(q);
      int first = v.tokenAtOrAfter(span.start());
      if (byQuote[q] != null || first >= v.size() || used[first] || !fillsSentence(v, span, first)
          || !Continuation.statementLike(v, span, first) || continued(v, q)) {
        continue;
      }
      int[] subject = previousSubject(v, first, used);
      if (subject == null) {
        continue;
      }
      Attribution a = new Attribution().source(new SourceFinder.Range(subject[0], subject[1]));
      if (subject[2] >= 0) {
        a.cue(subject[2], subject[3]); // "Sanders replied:": the cue of a sentence that ends in a colon
      }
      for (int k = q; k < byQuote.length && (k == q || v.quotes.get(k - 1).continues()); k++) {
        QuoteMarks.Span s = v.quotes.get(k); // and the paragraphs the open-quote convention continues
        a.add(s.innerStart(), s.innerEnd(), QuoteType.DIRECT);
        byQuote[k] = a;
        Continuation.markQuote(v, k, v.tokenAtOrAfter(s.start()), used);
      }
      out.add(a);
    }
    return out;
  }

  /** The quote opens its sentence and only closing punctuation follows it there. */
  private static boolean fillsSentence(TokenView v, QuoteMarks.Span span, int first) {
    if (v.sentenceStart(first) != first) {
      return false;
    }
    int after = v.tokenAtOrAfter(span.end());
    int end = v.sentenceEnd(first);
    return after >= end || after + 1 == end && v.isSentencePunct(after);
  }

  /** A quote that the quote before it continues (open-quote convention) belongs to that one's speaker. */
  private static boolean continued(TokenView v, int q) {
    return q > 0 && v.quotes.get(q - 1).continues();
  }

  private static final Set<String> NP_TAGS = Set.of("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD",
      "HYPH");

  /**
   * The subject of the sentence right before token {@code first} when it names a person, as {@code {start, end,
   * cueStart, cueEnd}} (cue -1 unless that sentence ends in a colon); else null.
   */
  private static int[] previousSubject(TokenView v, int first, boolean[] used) {
    if (first == 0) {
      return null;
    }
    int end = first; // the sentence before ends at the quote
    int start = v.sentenceStart(end - 1);
    if (v.paragraph(end - 1) != v.paragraph(first) && v.sentenceEnd(end - 1) != first) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (v.quoteOf(k) >= 0) {
        return null; // a quotation there: another layout
      }
    }
    boolean pronoun = Vocabulary.THIRD_PERSON.contains(v.lower(start));
    int e = pronoun ? start + 1 : start;
    while (!pronoun && e < end && e < start + 8 && NP_TAGS.contains(v.pos(e))) {
      e++; // "The minister", "Iowa State University's Dianne Bystrom"; not "As Pollak", "But Kelly"
    }
    int verb = e;
    while (verb < end && "RB".equals(v.pos(verb))) {
      verb++;
    }
    if (e == start || verb >= end || !v.pos(verb).startsWith("VB") && !"MD".equals(v.pos(verb)) || used[start]) {
      return null;
    }
    if (!pronoun && !SpeakerDescriptor.parse(v, start, e).human()) {
      return null;
    }
    boolean colon = ":".equals(v.word(end - 1));
    int cueEnd = verb + 1 < end && "RP".equals(v.pos(verb + 1)) ? verb + 2 : verb + 1;
    return new int[] {start, e, colon ? verb : -1, colon ? cueEnd : -1};
  }
}

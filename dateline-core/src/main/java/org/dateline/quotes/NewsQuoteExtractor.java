package org.dateline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;
import org.dateline.model.TextSpan;
import org.dateline.nlp.NlpDoc;

/**
 * The standard extractor: direct quotes by their marks and neighbouring cue, then reported speech by cue verbs,
 * then cue-less quotes by continuation; speakers resolved in reading order. One {@link Quote} per content segment:
 * segments of one attribution (a quote interrupted by "she said") share cue and speaker.
 */
final class NewsQuoteExtractor implements QuoteExtractor {

  @Override
  public List<Quote> extract(Article article, NlpDoc doc, List<Entity> entities) {
    if (doc.tokens().isEmpty()) {
      return List.of();
    }
    TokenView v = new TokenView(doc);
    boolean[] used = new boolean[v.size()];
    boolean[] sources = new boolean[v.size()]; // a source may speak again: "X tweeted A and said B"
    List<Attribution> all = new ArrayList<>();
    Attribution[] byQuote = new Attribution[v.quotes.size()];
    for (Attribution turn : Transcripts.find(v, used)) {
      all.add(turn);
      mark(used, sources, turn);
    }
    for (int q = 0; q < byQuote.length; q++) {
      int first = v.tokenAtOrAfter(v.quotes.get(q).start());
      if (first < v.size() && used[first]) {
        continue; // a transcript turn's excerpt
      }
      Attribution a = DirectQuotes.attribute(v, q, all);
      if (a != null && free(used, sources, a)) {
        byQuote[q] = a;
        all.add(a);
        mark(used, sources, a);
        Continuation.markQuote(v, q, v.tokenAtOrAfter(v.quotes.get(q).start()), used);
        for (int[] c : a.content) { // the words before a mixed quote
          for (int i = v.tokenAtOrAfter(c[0]); i < v.size() && v.tok(i).end() <= c[1]; i++) {
            used[i] = true;
          }
        }
      }
    }
    // content-first verbs of saying, then verbs of saying, then the rest: "X welcomes …, an official said"
    for (int pass = -1; pass < 2; pass++) {
      for (int i = 0; i < v.size(); i++) {
        if (pass == 1 && used[i] && sources[i] && v.quoteOf(i) < 0) {
          Attribution a = Relatives.inSource(v, i, used, all);
          if (a != null) {
            all.add(a);
            mark(used, sources, a);
          }
          continue;
        }
        if (used[i] || v.quoteOf(i) >= 0) {
          continue;
        }
        if (pass < 0) {
          Attribution a = IndirectSpeech.closing(v, i, used, all);
          if (a != null && free(used, sources, a)) {
            all.add(a);
            mark(used, sources, a);
          }
          continue;
        }
        Attribution a = null;
        if (pass == 0 && (i == 0 || v.paragraph(i - 1) != v.paragraph(i))) {
          a = Headlines.at(v, i, used);
        }
        if (a != null) {
          all.add(a);
          mark(used, sources, a);
          continue;
        }
        if (pass == 0 && CueLexicon.isAccordingTo(v, i)) {
          a = AccordingTo.at(v, i, used);
        } else if (pass == 0 && Evidence.isCue(v, i)) {
          a = Evidence.at(v, i, used);
        } else if (pass == 0 && Hearsay.isCue(v, i)) {
          a = Hearsay.at(v, i, used);
        } else if (pass == 0 && PassiveReports.isCue(v, i)) {
          a = PassiveReports.at(v, i, used);
        } else if (pass == 1 && NamingClauses.isCue(v, i) && (a = NamingClauses.at(v, i, used)) != null) {
          all.add(a);
          mark(used, sources, a);
          continue;
        } else if (pass == 1 && NominalCues.isCue(v, i)) {
          a = NominalCues.at(v, i, used);
        } else if (pass == 1 && LightVerbs.isCue(v, i)) {
          a = LightVerbs.at(v, i, used);
        } else if (pass == 1 && Raising.isCue(v, i)) {
          a = Raising.at(v, i, used);
        } else if (pass == 1 && StanceAdjectives.isCue(v, i)) {
          a = StanceAdjectives.at(v, i, used);
        } else if (CueLexicon.isCueVerb(v, i) && CueLexicon.isSpeech(v.lemma(i)) == (pass == 0)) {
          a = IndirectSpeech.atVerb(v, i, used, all);
        }
        if (a != null && free(used, sources, a)) {
          all.add(a);
          mark(used, sources, a);
        }
      }
    }
    Continuation.attach(v, byQuote, used);
    for (Attribution a : OrphanQuotes.find(v, byQuote, used)) {
      all.add(a);
      mark(used, sources, a);
    }
    all.addAll(QuotedAs.find(v, all)); // inside an outlet's content: its tokens are claimed already
    for (Attribution a : all) {
      CueSpans.widen(v, a);
    }
    return build(v, all, entities);
  }

  /** Whether the cue is unclaimed and the source is unclaimed or another attribution's source. */
  private static boolean free(boolean[] used, boolean[] sources, Attribution a) {
    for (int i = Math.max(0, a.cueStart); i < a.cueEnd; i++) {
      if (used[i]) {
        return false;
      }
    }
    for (int i = Math.max(0, a.sourceStart); i < a.sourceEnd; i++) {
      if (used[i] && !sources[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, boolean[] sources, Attribution a) {
    for (int i = Math.max(0, a.cueStart); i < a.cueEnd; i++) {
      used[i] = true;
    }
    for (int i = Math.max(0, a.sourceStart); i < a.sourceEnd; i++) {
      used[i] = true;
      sources[i] = true;
    }
  }

  private static List<Quote> build(TokenView v, List<Attribution> all, List<Entity> entities) {
    List<Attribution> ordered = new ArrayList<>(all);
    ordered.removeIf(a -> a.content.isEmpty());
    ordered.sort(Comparator.comparingInt(NewsQuoteExtractor::readingPosition));
    SpeakerResolver resolver = new SpeakerResolver(v, entities);
    Map<Attribution, Speaker> speakers = new IdentityHashMap<>();
    List<Quote> out = new ArrayList<>();
    Set<Integer> withheld = new HashSet<>(); // first tokens of speakers "declining to give his name"
    for (Attribution a : ordered) {
      Attribution o = a.speakerOrigin();
      if (!o.hasSource()) {
        continue;
      }
      int end = contentEnd(v, a);
      if (a.cueStart >= 0 && "VBG".equals(v.pos(a.cueStart)) && Anonymity.stated(v, a.cueStart, end)
          || anonymousNext(v, Math.max(o.sourceEnd, end) - 1) || anonymousRelative(v, o.sourceEnd)) {
        withheld.add(o.sourceStart); // "…, declining to give his name"; "… said. He spoke on condition of …"
      }
    }
    for (Attribution a : ordered) {
      Attribution o = a.speakerOrigin();
      Optional<Speaker> speaker = speakerOf(o, resolver, speakers)
          .map(s -> withheld.contains(o.sourceStart) ? unnamed(s) : s).map(s -> ownAddressee(v, a, s));
      Optional<TextSpan> cue = a.cueStart >= 0
          ? Optional.of(TextSpan.of(v.text, v.tok(a.cueStart).start(), v.tok(a.cueEnd - 1).end()))
          : Optional.empty();
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < a.content.size(); k++) {
        order.add(k);
      }
      order.sort(Comparator.comparingInt(k -> a.content.get(k)[0]));
      for (int k : order) {
        int[] c = a.content.get(k);
        out.add(new Quote("Q" + (out.size() + 1), TextSpan.of(v.text, c[0], c[1]), a.types.get(k), cue, speaker));
      }
    }
    return List.copyOf(out);
  }

  /** The token after the attribution's last content segment, or after its cue when it has none. */
  private static int contentEnd(TokenView v, Attribution a) {
    int end = a.content.isEmpty() ? v.tok(a.cueEnd - 1).end() : a.content.get(a.content.size() - 1)[1];
    return Math.max(a.cueEnd, v.tokenAtOrAfter(end));
  }

  /** The sentence after the one holding token {@code last} opens with he/she/they and withholds a name. */
  private static boolean anonymousNext(TokenView v, int last) {
    int next = last >= 0 && last < v.size() ? v.sentenceEnd(last) : v.size();
    return next < v.size() && Vocabulary.THIRD_PERSON.contains(v.lower(next))
        && Anonymity.stated(v, next, v.sentenceEnd(next));
  }

  /** "said one doctor, who asked not to be named …": a relative clause after the speaker withholds a name. */
  private static boolean anonymousRelative(TokenView v, int after) {
    return v.in(after + 1) && ",".equals(v.word(after)) && "who".equals(v.lower(after + 1))
        && Anonymity.stated(v, after + 1, Math.min(v.sentenceEnd(after), after + 12));
  }

  /** A speaker who withholds a name in a later act is anonymous when the phrase names no one. */
  private static Speaker unnamed(Speaker s) {
    return s.name().isPresent() ? s
        : new Speaker(s.span(), s.entityId(), s.name(), s.role(), s.affiliation(), s.rank(), true, s.addressee());
  }

  private static int readingPosition(Attribution a) {
    return a.firstContentStart();
  }

  /**
   * "urged both sides to return to talks, warning that …": a cue of its own that borrows its source's speaker
   * addresses only whom it names itself.
   */
  private static Speaker ownAddressee(TokenView v, Attribution a, Speaker s) {
    if (a.speakerOrigin() == a || a.cueStart < 0) {
      return s;
    }
    Optional<TextSpan> to = a.addresseeStart >= 0
        ? Optional.of(TextSpan.of(v.text, v.tok(a.addresseeStart).start(), v.tok(a.addresseeEnd - 1).end()))
        : Optional.empty();
    return new Speaker(s.span(), s.entityId(), s.name(), s.role(), s.affiliation(), s.rank(), s.anonymous(), to);
  }

  private static Optional<Speaker> speakerOf(Attribution origin, SpeakerResolver resolver, Map<Attribution, Speaker> cache) {
    if (!origin.hasSource()) {
      return Optional.empty();
    }
    Speaker s = cache.get(origin);
    if (s == null) {
      s = resolver.resolve(origin.sourceStart, origin.sourceEnd, origin.addresseeStart, origin.addresseeEnd);
      cache.put(origin, s);
    }
    return Optional.of(s);
  }
}

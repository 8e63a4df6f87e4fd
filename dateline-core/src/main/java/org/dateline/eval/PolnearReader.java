package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR directory: {@code text/<article>.txt} and {@code attributions/<article>_<annotator>.ann} (brat
 * standoff). Text-bound lines {@code T1\tSource 10 12;15 20\ttext} give spans (discontinuous ones joined by
 * {@code ;}); event lines {@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1} tie them into relations. Other
 * lines (notes, span texts that ran over a newline) are skipped; offsets, not span texts, are trusted.
 */
public final class PolnearReader {
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t([\\w-]+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t?.*");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");

  private PolnearReader() {}

  /** All articles of {@code dir} that have a text and at least one annotation file, in file-name order. */
  public static List<PolnearArticle> read(Path dir) {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IllegalArgumentException("a PolNeAR directory must hold text/ and attributions/, got " + dir);
    }
    Map<String, List<PolnearArticle.Annotation>> byArticle = new TreeMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        int us = name.lastIndexOf('_');
        if (!name.endsWith(".ann") || us < 0) {
          continue;
        }
        String article = name.substring(0, us);
        String annotator = name.substring(us + 1, name.length() - 4);
        if (Files.exists(texts.resolve(article + ".txt"))) {
          byArticle.computeIfAbsent(article, k -> new ArrayList<>())
              .add(new PolnearArticle.Annotation(annotator, parse(name, Files.readString(f, StandardCharsets.UTF_8))));
        }
      }
      List<PolnearArticle> out = new ArrayList<>();
      for (Map.Entry<String, List<PolnearArticle.Annotation>> e : byArticle.entrySet()) {
        String text = Files.readString(texts.resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
        out.add(new PolnearArticle(e.getKey(), text, e.getValue()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PolNeAR directory " + dir, e);
    }
  }

  /** Relations of one brat file; {@code source} names it in errors. */
  public static List<PolnearRelation> parse(String source, String ann) {
    Map<String, List<PolnearRelation.Segment>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = ann.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.matches()) {
        spans.put(t.group(1), segments(source, n + 1, t.group(3)));
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.matches()) {
        events.add(new String[] {Integer.toString(n + 1), e.group(2)});
      }
    }
    List<PolnearRelation> out = new ArrayList<>();
    for (String[] ev : events) {
      Map<String, List<PolnearRelation.Segment>> roles = new HashMap<>();
      for (String arg : ev[1].trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon <= 0) {
          throw new PolnearFormatException(source, Integer.parseInt(ev[0]), "event argument must be Role:Id, got " + arg);
        }
        String role = arg.substring(0, colon).replaceAll("\\d+$", "");
        List<PolnearRelation.Segment> segs = spans.get(arg.substring(colon + 1));
        if (segs != null) { // "Content2:T9" adds segments to the relation's content, it does not replace them
          roles.merge(role, segs, (a, b) -> {
            List<PolnearRelation.Segment> all = new ArrayList<>(a);
            all.addAll(b);
            all.sort(Comparator.comparingInt(PolnearRelation.Segment::start));
            return List.copyOf(all);
          });
        }
      }
      out.add(new PolnearRelation(roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue", List.of()),
          roles.getOrDefault("Content", List.of())));
    }
    return out;
  }

  private static List<PolnearRelation.Segment> segments(String source, int line, String ranges) {
    List<PolnearRelation.Segment> out = new ArrayList<>();
    for (String r : ranges.split(";")) {
      String[] p = r.trim().split(" ");
      int start = Integer.parseInt(p[0]);
      int end = Integer.parseInt(p[1]);
      if (end < start) {
        throw new PolnearFormatException(source, line, "span end must not precede start, got " + r);
      }
      out.add(new PolnearRelation.Segment(start, end));
    }
    return out;
  }
}

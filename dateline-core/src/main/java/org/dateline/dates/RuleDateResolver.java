package org.dateline.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.DateMention;
import org.dateline.nlp.NlpDoc;
import org.dateline.nlp.Token;

/**
 * A fast rule-based resolver for the date expressions of news prose: weekday names ("Monday": the latest such day
 * on or before publication, or the next one in a future-tense sentence), "yesterday"/"today"/"tomorrow",
 * "last/this/next week|month|year", "N days ago", month-day forms with or without year ("Sept. 12", "September 12,
 * 2016", "12 September"), month-year ("September 2016"), ISO dates and years after a preposition ("in 2016").
 * Year-less month-days take the year that puts them nearest the publication date. Without a publication date only
 * absolute forms are resolved; the rest are reported with an empty {@code resolved}.
 */
final class RuleDateResolver implements DateResolver {
  private static final String MONTH = "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June?"
      + "|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER = "(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)";
  private static final Pattern DATES = Pattern.compile(String.join("|",
      "(?<iso>\\b(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)\\b)",
      "(?<md>\\b" + MONTH + "\\s(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s(?<year>(?:19|20)\\d\\d)\\b)?)",
      "(?<dm>\\b(?<day2>[0-3]?\\d)\\s(?<month2>January|February|March|April|May|June|July|August|September|October"
          + "|November|December)\\b(?:,?\\s(?<year2>(?:19|20)\\d\\d)\\b)?)",
      "(?<my>\\b(?<month3>January|February|March|April|June|July|August|September|October|November|December)"
          + "\\s(?:of\\s)?(?<year3>(?:19|20)\\d\\d)\\b)",
      "(?<rel>\\b(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this)\\s(?<unit>week|month|year)\\b)",
      "(?<ago>\\b" + NUMBER + "\\s(?<unit2>days?|weeks?|months?|years?)\\sago\\b)",
      "(?<deictic>\\b(?<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b)",
      "(?<wd>\\b(?:(?<wmod>[Ll]ast|[Nn]ext|[Tt]his)\\s)?" + WEEKDAY + "\\b)",
      "(?<yr>\\b(?<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?)\\s"
          + "(?<year4>(?:19|20)\\d\\d)\\b)"));
  private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  private static final Set<String> STARTS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
      "next", "this", "earlier", "later", "yesterday", "today", "tomorrow", "tonight", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "a", "several", "in", "since", "by", "until", "during", "before",
      "after", "early", "late", "mid");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "plans", "planned", "scheduled", "expected",
      "due", "next", "upcoming", "going");

  @Override
  public List<DateMention> resolve(Article article, NlpDoc doc) {
    String text = article.text();
    Optional<LocalDate> pub = article.published();
    List<DateMention> out = new ArrayList<>();
    Matcher m = DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int consumed = 0;
    for (Token t : doc.tokens()) { // try the pattern only where a date can start: cheap on long articles
      if (t.start() < consumed || !mayStartDate(t.word())) {
        continue;
      }
      m.region(t.start(), Math.min(text.length(), t.start() + 48));
      if (m.lookingAt()) {
        Found f = interpret(m, pub, doc);
        if (f != null) {
          out.add(new DateMention(text.substring(f.start, m.end()), f.start, m.end(), f.date, f.granularity));
        }
        consumed = m.end();
      }
    }
    return out;
  }

  /** Whether a date expression can start with this token (a digit, or a word of {@link #STARTS} or its prefix). */
  private static boolean mayStartDate(String word) {
    if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
      return !word.isEmpty();
    }
    int k = 0;
    while (k < word.length() && Character.isLetter(word.charAt(k))) {
      k++;
    }
    String lead = word.substring(0, k).toLowerCase(Locale.ROOT);
    return STARTS.contains(lead) || lead.length() > 3 && STARTS.contains(lead.substring(0, 3));
  }

  private record Found(int start, Optional<LocalDate> date, String granularity) {}

  private Found interpret(Matcher m, Optional<LocalDate> pub, NlpDoc doc) {
    if (m.group("iso") != null) {
      return day(m.start(), safeDate(num(m.group("iy")), num(m.group("im")), num(m.group("id"))));
    }
    if (m.group("md") != null) {
      if (m.group("month").equals("May") && m.group("year") == null && !preceded(m, doc, "on")) {
        return null; // "May 5" is a date, but "may 5" in a headline-like run is too risky without "on"
      }
      return monthDay(m.start(), month(m.group("month")), num(m.group("day")), m.group("year"), pub);
    }
    if (m.group("dm") != null) {
      return monthDay(m.start(), month(m.group("month2")), num(m.group("day2")), m.group("year2"), pub);
    }
    if (m.group("my") != null) {
      return new Found(m.start(), Optional.of(LocalDate.of(num(m.group("year3")), month(m.group("month3")), 1)), "MONTH");
    }
    if (m.group("rel") != null) {
      return relative(m.start(), m.group("mod").toLowerCase(Locale.ROOT), m.group("unit"), pub);
    }
    if (m.group("ago") != null) {
      String n = m.group("n").toLowerCase(Locale.ROOT);
      int count = Character.isDigit(n.charAt(0)) ? num(n) : NUMBERS.getOrDefault(n, -1);
      String unit = m.group("unit2").replaceAll("s$", "").toUpperCase(Locale.ROOT);
      Optional<LocalDate> d = count < 0 ? Optional.empty() : pub.map(p -> switch (unit) {
        case "DAY" -> p.minusDays(count);
        case "WEEK" -> p.minusWeeks(count);
        case "MONTH" -> p.minusMonths(count);
        default -> p.minusYears(count);
      });
      return new Found(m.start(), d, unit);
    }
    if (m.group("deictic") != null) {
      String w = m.group("word").toLowerCase(Locale.ROOT);
      int delta = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
      return new Found(m.start(), pub.map(p -> p.plusDays(delta)), "DAY");
    }
    if (m.group("wd") != null) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
      String mod = m.group("wmod") == null ? "" : m.group("wmod").toLowerCase(Locale.ROOT);
      boolean future = mod.equals("next") || mod.isEmpty() && futureTense(doc, m.start());
      Optional<LocalDate> d = pub.map(p -> switch (mod) {
        case "last" -> p.with(TemporalAdjusters.previous(dow));
        case "next" -> p.with(TemporalAdjusters.next(dow));
        default -> future ? p.with(TemporalAdjusters.nextOrSame(dow)) : p.with(TemporalAdjusters.previousOrSame(dow));
      });
      return new Found(m.start(), d, "DAY");
    }
    if (m.group("yr") != null) {
      int start = m.start("year4");
      String prep = m.group("prep").toLowerCase(Locale.ROOT);
      if (prep.startsWith("early") || prep.startsWith("late") || prep.startsWith("mid")) {
        start = m.start();
      }
      return new Found(start, Optional.of(LocalDate.of(num(m.group("year4")), 1, 1)), "YEAR");
    }
    return null;
  }

  private static Found day(int start, Optional<LocalDate> d) {
    return new Found(start, d, "DAY");
  }

  private static Found monthDay(int start, int month, int day, String year, Optional<LocalDate> pub) {
    if (year != null) {
      return day(start, safeDate(num(year), month, day));
    }
    Optional<LocalDate> d = pub.flatMap(p -> {
      Optional<LocalDate> best = Optional.empty();
      for (int y = p.getYear() - 1; y <= p.getYear() + 1; y++) {
        Optional<LocalDate> c = safeDate(y, month, day);
        if (c.isPresent() && (best.isEmpty() || distance(c.get(), p) < distance(best.get(), p))) {
          best = c;
        }
      }
      return best;
    });
    return day(start, d);
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static Found relative(int start, String mod, String unit, Optional<LocalDate> pub) {
    int delta = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
    Optional<LocalDate> d = pub.map(p -> switch (unit) {
      case "week" -> p.plusWeeks(delta).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> p.plusMonths(delta).withDayOfMonth(1);
      default -> p.plusYears(delta).withDayOfYear(1);
    });
    return new Found(start, d, unit.toUpperCase(Locale.ROOT));
  }

  /** A future-tense marker ("will", "scheduled") earlier in the same sentence. */
  private static boolean futureTense(NlpDoc doc, int offset) {
    int si = doc.sentenceAt(offset);
    if (si < 0) {
      return false;
    }
    for (Token t : doc.tokens(doc.sentences().get(si))) {
      if (t.start() >= offset) {
        break;
      }
      if (FUTURE.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean preceded(Matcher m, NlpDoc doc, String word) {
    String before = doc.text().substring(Math.max(0, m.start() - word.length() - 1), m.start());
    return before.trim().equalsIgnoreCase(word);
  }

  private static Optional<LocalDate> safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > LocalDate.of(y, m, 1).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, m, d));
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}

package org.dateline.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.Place;

/** Field formatting shared by the GDELT writers: dates, geo types, and cleaning values of tabs and separators. */
final class Gdelt {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final List<String> NON_COUNTRY = List.of("IGO", "NGO", "IMG", "MNC", "UIS", "REB", "INS");

  private Gdelt() {}

  /** A value safe inside a tab-separated GDELT field: no tabs, newlines or the given separators. */
  static String clean(String v, String separators) {
    if (v == null) {
      return "";
    }
    String out = v.replaceAll("[\\t\\r\\n]+", " ");
    for (char c : separators.toCharArray()) {
      out = out.replace(c, ' ');
    }
    return out.strip();
  }

  static String day(LocalDate d) {
    return d == null ? "" : d.format(DAY);
  }

  static String stamp(LocalDateTime t) {
    return t == null ? "" : t.format(STAMP);
  }

  /** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
  static int geoType(Place p) {
    String fc = p.featureCode();
    boolean us = "US".equals(p.countryCode());
    if (fc.startsWith("PCL")) {
      return 1;
    }
    if (fc.equals("ADM1")) {
      return us ? 2 : 5;
    }
    return us ? 3 : 4;
  }

  /** "Name, Admin1, CC" as GDELT writes full names. */
  static String fullName(Place p) {
    String sep = "#;,|";
    return clean(p.name(), sep) + p.admin1().map(a -> ", " + clean(a, sep)).orElse("")
        + (geoType(p) == 1 ? "" : ", " + p.countryCode());
  }

  static String adm1(Place p) {
    return p.countryCode() + p.admin1().orElse("");
  }

  /** The country part of a CAMEO actor code ("USAGOV" → "USA"), absent for IGOs, NGOs and short codes. */
  static Optional<String> actorCountry(String code) {
    if (code.length() < 3 || NON_COUNTRY.contains(code.substring(0, 3))) {
      return Optional.empty();
    }
    return Optional.of(code.substring(0, 3));
  }

  /** The {@code i}-th three-letter type segment after the country ("USAGOVMIL", 1 → "MIL"; "IGOUNO", 0 → "IGO"). */
  static String actorType(String code, int i) {
    int from = (actorCountry(code).isPresent() ? 3 : 0) + 3 * i;
    return code.length() >= from + 3 ? code.substring(from, from + 3) : "";
  }
}

package org.dateline.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CAMEO event codes: PLOVER type, quad class and Goldstein score. Codes outside the CAMEO 2-to-4-digit scheme
 * (user lexicons may define their own, e.g. "174K") keep the PLOVER type of their first two digits but get no quad
 * class or Goldstein score. Goldstein values follow the published CAMEO/Goldstein conversion table.
 */
final class Cameo {
  private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
  private static final Pattern USER = Pattern.compile("[0-9]{2,4}[A-Za-z]?");
  private static final Map<String, Double> GOLDSTEIN = new HashMap<>();

  static {
    String table = "010 0 011 -0.1 012 -0.4 013 0.4 014 0 015 0 016 -2 017 0 018 3.4 019 3.4 "
        + "020 3 021 3.4 022 3.2 023 3.4 024 -0.3 025 -0.3 026 4 027 4 028 4 "
        + "030 4 031 5.2 032 4.5 033 5.2 034 7 035 7 036 4 037 5 038 7 039 5 "
        + "040 1 041 1 042 1.9 043 2.8 044 2.5 045 5 046 7 "
        + "050 3.5 051 3.4 052 3.5 053 3.8 054 6 055 7 056 7 057 8 "
        + "060 6 061 6.4 062 7.4 063 7.4 064 7 070 7 071 7.4 072 8.3 073 7.4 074 8.5 075 7 "
        + "080 5 081 5 082 5 083 5 084 7 085 7 086 9 087 9 090 -2 091 -2 092 -2 093 -2 094 -2 "
        + "100 -5 101 -5 102 -4.9 103 -5 104 -5 105 -5 106 -5 107 -5 108 -5 "
        + "110 -2 111 -2 112 -2 113 -2 114 -2 115 -2 116 -2 "
        + "120 -4 121 -4 122 -4 123 -4 124 -4 125 -5 126 -5 127 -5 128 -5 129 -5 "
        + "130 -4.4 131 -5.8 132 -5.8 133 -5.8 134 -5.8 135 -5.8 136 -7 137 -7 138 -7 139 -7 "
        + "140 -6.5 141 -6.5 142 -6.5 143 -6.5 144 -7.5 145 -7.5 150 -7.2 151 -7.2 152 -7.2 153 -7.2 154 -7.2 "
        + "160 -4 161 -4 162 -5.6 163 -8 164 -7 165 -7 166 -7 "
        + "170 -7 171 -9.2 172 -5 173 -5 174 -5 175 -9 176 -7 "
        + "180 -9 181 -9 182 -9.5 183 -10 184 -8 185 -8 186 -10 "
        + "190 -10 191 -9.5 192 -9.5 193 -10 194 -10 195 -10 196 -9.5 200 -10 201 -9.5 202 -10 203 -10 204 -10";
    String[] parts = table.trim().split("\\s+");
    for (int i = 0; i < parts.length; i += 2) {
      GOLDSTEIN.put(parts[i], Double.parseDouble(parts[i + 1]));
    }
  }

  private Cameo() {}

  /** True for codes a lexicon may use: 2 to 4 digits with an optional letter suffix. */
  static boolean isValid(String code) {
    return USER.matcher(code).matches();
  }

  /** True when {@code code} lies inside the CAMEO scheme (roots 01-20). */
  static boolean isCameo(String code) {
    return CAMEO.matcher(code).matches();
  }

  static String root(String code) {
    return code.substring(0, 2);
  }

  /** PLOVER event type for a CAMEO code; roots outside 02-20 (plain statements) give "STATEMENT". */
  static String plover(String code) {
    String three = code.length() >= 3 ? code.substring(0, 3) : code;
    switch (three) {
      case "057": return "AGREE";
      case "087": return "RETREAT";
      case "172": return "SANCTION";
      case "166": return "RETREAT";
      default: break;
    }
    return switch (root(code)) {
      case "02", "10" -> "REQUEST";
      case "03" -> "AGREE";
      case "04" -> "CONSULT";
      case "05" -> "SUPPORT";
      case "06" -> "COOPERATE";
      case "07" -> "AID";
      case "08" -> "CONCEDE";
      case "09", "11" -> "ACCUSE";
      case "12" -> "REJECT";
      case "13" -> "THREATEN";
      case "14" -> "PROTEST";
      case "15" -> "MOBILIZE";
      case "16" -> "SANCTION";
      case "17" -> "COERCE";
      case "18", "19", "20" -> "ASSAULT";
      default -> "STATEMENT";
    };
  }

  /** CAMEO quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
  static Optional<Integer> quadClass(String code) {
    if (!isCameo(code)) {
      return Optional.empty();
    }
    int root = Integer.parseInt(root(code));
    return Optional.of(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
  }

  /** Goldstein score of the code's three-digit base (or of its root for two-digit codes). */
  static Optional<Double> goldstein(String code) {
    if (!isCameo(code)) {
      return Optional.empty();
    }
    String base = code.length() == 2 ? code + "0" : code.substring(0, 3);
    Double g = GOLDSTEIN.get(base);
    return g == null ? Optional.ofNullable(GOLDSTEIN.get(code.substring(0, 2) + "0")) : Optional.of(g);
  }
}

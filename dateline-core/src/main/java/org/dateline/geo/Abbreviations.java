package org.dateline.geo;

import java.util.Map;

/** Written forms that stand for places without being their names: abbreviations and seats of government. */
final class Abbreviations {
  private Abbreviations() {}

  /** Abbreviations of countries and US states as written in news ("U.S.", AP style "Ill."). */
  static final Map<String, String> COUNTRY_ABBREVIATIONS = Map.of("U.S.", "US", "US", "US", "U.S.A.", "US",
      "USA", "US", "U.K.", "GB", "UK", "GB", "UAE", "AE", "U.A.E.", "AE");
  static final Map<String, String> STATE_ABBREVIATIONS = Map.ofEntries(Map.entry("Ala.", "AL"),
      Map.entry("Ariz.", "AZ"), Map.entry("Ark.", "AR"), Map.entry("Calif.", "CA"), Map.entry("Colo.", "CO"),
      Map.entry("Conn.", "CT"), Map.entry("Del.", "DE"), Map.entry("Fla.", "FL"), Map.entry("Ga.", "GA"),
      Map.entry("Ill.", "IL"), Map.entry("Ind.", "IN"), Map.entry("Kan.", "KS"), Map.entry("Ky.", "KY"),
      Map.entry("La.", "LA"), Map.entry("Md.", "MD"), Map.entry("Mass.", "MA"), Map.entry("Mich.", "MI"),
      Map.entry("Minn.", "MN"), Map.entry("Miss.", "MS"), Map.entry("Mo.", "MO"), Map.entry("Mont.", "MT"),
      Map.entry("Neb.", "NE"), Map.entry("Nev.", "NV"), Map.entry("N.H.", "NH"), Map.entry("N.J.", "NJ"),
      Map.entry("N.M.", "NM"), Map.entry("N.Y.", "NY"), Map.entry("N.C.", "NC"), Map.entry("N.D.", "ND"),
      Map.entry("Okla.", "OK"), Map.entry("Ore.", "OR"), Map.entry("Pa.", "PA"), Map.entry("R.I.", "RI"),
      Map.entry("S.C.", "SC"), Map.entry("S.D.", "SD"), Map.entry("Tenn.", "TN"), Map.entry("Vt.", "VT"),
      Map.entry("Va.", "VA"), Map.entry("Wash.", "WA"), Map.entry("W.Va.", "WV"), Map.entry("Wis.", "WI"),
      Map.entry("Wyo.", "WY"), Map.entry("Tex.", "TX"), Map.entry("D.C.", "DC"));
  /** Buildings and streets standing for governments: key of the phrase -> key and country of the seat. */
  static final Map<String, String[]> METONYMS = Map.of("kremlin", new String[] {"moscow", "RU"},
      "white house", new String[] {"washington dc", "US"}, "downing street", new String[] {"london", "GB"},
      "elysee", new String[] {"paris", "FR"}, "elysee palace", new String[] {"paris", "FR"},
      "capitol hill", new String[] {"washington dc", "US"}, "zhongnanhai", new String[] {"beijing", "CN"},
      "quai dorsay", new String[] {"paris", "FR"});
}

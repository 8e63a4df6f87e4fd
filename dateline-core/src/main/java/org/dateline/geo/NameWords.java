package org.dateline.geo;

import java.util.Set;

/** Word lists that decide whether a capitalised word is a place name or part of another name. */
final class NameWords {
  private NameWords() {}

  /** Common capitalised words that are also names of places; never a mention on their own. */
  static final Set<String> COMMON = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "will", "hope", "independence", "liberty", "union", "victory", "unity",
      "progress", "enterprise", "commerce", "justice", "reform", "republic", "center", "centre", "home", "best",
      "police", "mobile", "man", "deal", "post", "mission", "security", "story", "sale", "god", "christ", "page",
      "president", "governor", "mayor", "senate", "congress", "north", "south", "east", "west", "central", "city",
      "county", "state", "university", "college", "school", "hospital", "church", "court", "news", "island",
      "street", "road", "avenue", "drive", "lane", "boulevard", "highway", "bridge", "park", "hall", "officer",
      "sen", "vice", "northwest", "northeast", "southwest", "southeast", "gulf", "arab", "tower", "station",
      "square", "office", "department", "township", "village", "town", "parish", "river", "lake", "valley",
      "airport", "house", "building");
  /** Heads of institutions that are often named after people ("Brookings Institution"). */
  static final Set<String> INSTITUTIONS = Set.of("Institution", "University", "College", "Institute",
      "Foundation", "Center", "Centre", "Fund", "Prize", "Award", "Group", "Associates", "Brothers");
  /** Heads of institution names that take "of PLACE" ("Bank of America"); titles of people are not among them. */
  static final Set<String> ORG_HEADS = Set.of("Bank", "University", "College", "Institute", "Museum",
      "Church", "Council", "Ministry", "Department", "Army", "Front", "Party", "Court", "Committee", "Commission",
      "League", "Federation", "Association", "Society", "Company", "Corporation", "Board", "Office", "Agency",
      "Authority", "Service", "Academy", "School", "Hospital", "Foundation", "Fund", "Chamber", "Club", "Bureau",
      "Movement", "Organization", "Organisation", "Coalition", "Alliance", "Forces", "Brigade", "Brigades");

  /** Heads of street names, written after a name the street borrows ("Washington Drive", "Cooper Street"). */
  static final Set<String> THOROUGHFARES = Set.of("Street", "Road", "Rd.", "Avenue", "Ave.", "Drive", "Lane",
      "Boulevard", "Blvd.", "Highway", "Parkway", "Pike", "Terrace", "Trail");
}

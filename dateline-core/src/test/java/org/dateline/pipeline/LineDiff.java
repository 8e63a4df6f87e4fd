package org.dateline.pipeline;

import java.util.List;

/** A small readable line diff for test failures: the changed region with context, '-' expected, '+' actual. */
final class LineDiff {
  private static final int CONTEXT = 3;
  private static final int MAX_LINES = 60;

  private LineDiff() {}

  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    int printed = 0;
    int lastChange = -CONTEXT - 1;
    java.util.ArrayDeque<String> context = new java.util.ArrayDeque<>();
    while ((i < n || j < m) && printed < MAX_LINES) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        if (j - lastChange <= CONTEXT) {
          out.append("   ").append(a.get(i)).append('\n');
          printed++;
        } else {
          context.addLast("   " + a.get(i));
          if (context.size() > CONTEXT) {
            context.removeFirst();
          }
        }
        i++;
        j++;
        continue;
      }
      if (!context.isEmpty()) {
        out.append("@@ line ").append(i + 1).append('\n');
        context.forEach(c -> out.append(c).append('\n'));
        printed += context.size();
        context.clear();
      }
      if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.append(" - ").append(a.get(i++)).append('\n');
      } else {
        out.append(" + ").append(b.get(j++)).append('\n');
      }
      printed++;
      lastChange = j;
    }
    if (printed >= MAX_LINES) {
      out.append("   ... (diff truncated)\n");
    }
    return out.toString();
  }
}

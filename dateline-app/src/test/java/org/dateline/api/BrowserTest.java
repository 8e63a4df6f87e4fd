package org.dateline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.store.KnowledgeBase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives Debian's chromium through the page: analyzes a wire story, sees the named speaker and a map marker, then
 * opens the Map and Timeline views. Screenshots go to target/ for reviewers. Skips when chromium is absent.
 */
class BrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void analyzesAnArticleAndShowsSpeakerAndMapMarker() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "browser test skipped: /usr/bin/chromium not found (install it with: apt-get install -y chromium)");
    try (KnowledgeBase kb = KnowledgeBase.open(dir, false, Clock.systemUTC())) {
      kb.add(List.of(TestRecords.analyze(Article.of("harare.txt", TestRecords.STORY)
          .withPublished(LocalDate.of(2025, 6, 3)).withTitle("Arrears"))));
      Javalin app = ApiServer.create(kb, TestRecords::analyze).start("127.0.0.1", 0);
      try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
          .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
          Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
              .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run")))) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.navigate("http://127.0.0.1:" + app.port() + "/");
        page.fill("#text", TestRecords.STORY);
        page.click("#analyze-btn");
        page.waitForSelector("#speakers .speaker");
        assertTrue(page.textContent("#speakers").contains("Grace Moyo"), page.textContent("#speakers"));
        assertTrue(page.textContent("#speakers").contains("finance minister"));
        page.waitForSelector("#article-map circle.marker");
        assertEquals("Harare, ZW", page.getAttribute("#article-map circle.marker", "data-label"));
        assertEquals(2, page.locator("#article-text .ent.PERSON").count(), "both mentions highlighted");
        assertTrue(page.textContent("#article-events").contains("CONSULT"));
        Files.createDirectories(Paths.get("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dateline-analyze.png")).setFullPage(true));

        page.click("#tabs button[data-view=map]");
        page.waitForSelector("#world-map circle.marker");
        assertTrue(page.locator("#world-map path.country").count() > 100, "world outline drawn");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dateline-map.png")));

        page.click("#tabs button[data-view=timeline]");
        page.waitForSelector("#timeline-chart circle.ev");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dateline-timeline.png")));

        page.click("#tabs button[data-view=search]");
        page.fill("#search-form [name=q]", "arrears");
        page.click("#search-form button");
        page.waitForSelector("#hits .hit");
        assertTrue(page.textContent("#facets").contains("Grace Moyo"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/dateline-search.png")));
      } finally {
        app.stop();
      }
    }
  }
}

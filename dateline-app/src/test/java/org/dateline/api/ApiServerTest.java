package org.dateline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.Article;
import org.dateline.pipeline.Json;
import org.dateline.store.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir static Path dir;
  static KnowledgeBase kb;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    kb = KnowledgeBase.open(dir, false, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    kb.add(List.of(TestRecords.analyze(Article.of("harare.txt", TestRecords.STORY)
        .withPublished(LocalDate.of(2025, 6, 3)).withTitle("Arrears"))));
    app = ApiServer.create(kb, TestRecords::analyze).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    kb.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    return Json.mapper().readTree(r.body());
  }

  static void assertError(HttpResponse<String> r, int status, String messagePart) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode e = json(r).get("error");
    assertEquals(status, e.get("status").asInt());
    assertTrue(e.get("message").asText().contains(messagePart), e.get("message").asText());
  }

  @Test
  void analyzeReturnsTheRecord() throws Exception {
    JsonNode r = json(post("/v1/analyze", "application/json",
        Json.mapper().writeValueAsString(java.util.Map.of("text", TestRecords.STORY, "published", "2025-06-03"))));
    assertEquals("Grace Moyo", r.at("/quotes/0/speaker/name").asText());
    assertEquals("2025-06-03", r.at("/article/published").asText());
    JsonNode plain = json(post("/v1/analyze", "text/plain; charset=utf-8", TestRecords.STORY));
    assertEquals("Harare", plain.at("/places/0/name").asText());
  }

  @Test
  void analyzeRejectsBadJsonBlankTextAndOversizeBodies() throws Exception {
    assertError(post("/v1/analyze", "application/json", "{\"text\": "), 400, "body must be JSON");
    assertError(post("/v1/analyze", "application/json", "[1,2]"), 400, "string field \"text\"");
    assertError(post("/v1/analyze", "application/json", "{\"text\": \"  \"}"), 400, "text must not be blank");
    assertError(post("/v1/analyze", "application/json", "{\"text\": \"x\", \"published\": \"June\"}"), 400,
        "ISO date");
    String big = "{\"text\": \"" + "a".repeat((int) ApiServer.MAX_BODY_BYTES + 10) + "\"}";
    HttpResponse<String> r = post("/v1/analyze", "application/json", big);
    assertEquals(413, r.statusCode());
    assertTrue(r.body().contains("\"error\""), r.body());
    String longText = "{\"text\": \"" + "a ".repeat(AnalyzeRoute.MAX_TEXT_CHARS) + "\"}";
    assertError(post("/v1/analyze", "application/json", longText), 413, "at most");
  }

  @Test
  void queryRoutesAnswerFromTheStore() throws Exception {
    JsonNode articles = json(get("/v1/articles"));
    assertEquals(1, articles.size());
    String id = articles.get(0).get("id").asText();
    assertEquals("Arrears", json(get("/v1/articles/" + id)).at("/article/title").asText());
    assertEquals("Grace Moyo", json(get("/v1/quotes?speaker=moyo")).get(0).get("speaker").asText());
    assertEquals(1, json(get("/v1/quotes?about=arrears")).size());
    assertEquals(0, json(get("/v1/quotes?speaker=nobody")).size());
    assertEquals("finance minister", json(get("/v1/entities?type=person")).get(0).get("role").asText());
    assertEquals("ZW", json(get("/v1/places")).get(0).get("country").asText());
    assertEquals("Harare", json(get("/v1/events?actor=ZWE&since=2025-01-01")).get(0).get("place").asText());
    JsonNode s = json(get("/v1/search?q=arrears&target=quotes"));
    assertEquals(1, s.get("total").asInt());
    assertEquals("Grace Moyo", s.at("/facets/speaker/0/value").asText());
    assertEquals(1, json(get("/v1/search?country=zw")).get("total").asInt());
    assertEquals(1, json(get("/v1/stats")).at("/totals/articles").asInt());
  }

  @Test
  void badParametersAreJson400s() throws Exception {
    assertError(get("/v1/articles?limit=0"), 400, "'limit'");
    assertError(get("/v1/articles?limit=abc"), 400, "'limit'");
    assertError(get("/v1/quotes?since=yesterday"), 400, "'since'");
    assertError(get("/v1/search?target=people"), 400, "'target'");
    assertError(get("/v1/search?since=2025-02-01&until=2025-01-01"), 400, "since must not be after until");
    assertError(get("/v1/articles/../../etc"), 404, "");
    assertError(get("/v1/articles/zzzz"), 400, "16 lower-case hex");
    assertError(get("/v1/articles/0123456789abcdef"), 404, "no article");
  }

  @Test
  void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
    assertError(get("/v1/nothing"), 404, "/v1/nothing");
    assertError(get("/nothing.html"), 404, "/nothing.html");
    HttpResponse<String> del = HTTP.send(HttpRequest.newBuilder(uri("/v1/stats")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(del.statusCode() == 404 || del.statusCode() == 405, del.toString());
    assertTrue(del.body().contains("\"error\""), del.body());
  }

  @Test
  void pathTricksDoNotEscapeTheWebFolder() throws Exception {
    for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/../logback.xml", "/%2e%2e/logback.xml", "/web/../logback.xml", "/..%5c..%5clogback.xml",
        "/%252e%252e/logback.xml", "/index.html/../../logback.xml")) {
      String response = raw(path);
      int status = Integer.parseInt(response.substring(9, 12));
      assertTrue(status == 400 || status == 404, path + " gave " + response.lines().findFirst().orElse(""));
      assertFalse(response.contains("root:") || response.contains("<configuration>"), path + " leaked a file");
    }
  }

  /** Sends the request line exactly as written (HTTP clients normalise dot segments). */
  static String raw(String path) throws Exception {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try (InputStream in = s.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void servesThePageAndItsAssets() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<title>Dateline</title>"));
    for (String asset : List.of("/app.js", "/map.js", "/style.css", "/countries-110m.json")) {
      assertEquals(200, get(asset).statusCode(), asset);
    }
    assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external resources");
  }

  @Test
  void openApiDocumentsExactlyTheRoutes() throws Exception {
    JsonNode doc = json(get("/v1/openapi.json"));
    Set<String> documented = new TreeSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    Set<String> served = new TreeSet<>(Set.of("/v1/analyze", "/v1/articles", "/v1/articles/{id}", "/v1/quotes",
        "/v1/entities", "/v1/places", "/v1/events", "/v1/search", "/v1/stats", "/v1/openapi.json"));
    assertEquals(served, documented);
    app.unsafe.internalRouter.allHttpHandlers().forEach(h -> assertTrue(
        documented.contains(h.endpoint.path), "undocumented route " + h.endpoint.path));
  }
}

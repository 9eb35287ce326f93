package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nashir.testing.Http;
import com.nashir.testing.NashirProcess;
import com.nashir.testing.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application on the embedded default: demo content on a fresh data directory, and
 * no acknowledged write lost when the process is killed with SIGKILL.
 */
class DurabilityIT {
    static final String TOKEN = "durability-test-token-0123456789";

    @BeforeEach
    void embeddedOnly() {
        assumeTrue("h2".equals(System.getProperty("nashir.test.db", "h2")), "embedded default only");
        assumeTrue(NashirProcess.jarExists(), "needs target/nashir.jar (mvn verify builds it)");
    }

    @Test
    void acknowledgedWritesSurviveAKill() throws Exception {
        Path dir = Files.createTempDirectory("nashir-kill-");
        Map<String, String> env = Map.of("NASHIR_ADMIN_TOKEN", TOKEN, "NASHIR_DEMO", "false");
        long id;
        try (var app = new NashirProcess(dir, env).start()) {
            Http http = new Http(app.port());
            assertThat(http.apiAs(TOKEN, "POST", "/api/v1/sections", "{\"slug\":\"politics\",\"name\":\"سياسة\"}")
                            .status())
                    .isEqualTo(201);
            var created = http.apiAs(TOKEN, "POST", "/api/v1/articles", Seed.read("article.json"));
            assertThat(created.status()).isEqualTo(201);
            id = created.json().get("id").asLong();
            var breaking = http.apiAs(TOKEN, "POST", "/api/v1/breaking", Seed.read("breaking.json"));
            assertThat(breaking.status()).isEqualTo(201);
            app.kill();
        }
        try (var app = new NashirProcess(dir, env).start()) {
            Http http = new Http(app.port());
            JsonNode article =
                    http.apiAs(TOKEN, "GET", "/api/v1/articles/" + id, null).json();
            assertThat(article.get("headline").asString()).startsWith("روسيا ترعى اجتماعا عسكريا");
            assertThat(http.get("/").body()).contains("بوتين يستقبل فيدان في الكرملين");
        }
    }

    @Test
    void freshDataDirectoryStartsWithDemoContentOnce() throws Exception {
        Path dir = Files.createTempDirectory("nashir-demo-");
        Map<String, String> env = Map.of("NASHIR_ADMIN_TOKEN", TOKEN);
        long total;
        try (var app = new NashirProcess(dir, env).start()) {
            Http http = new Http(app.port());
            total = http.apiAs(TOKEN, "GET", "/api/v1/articles?perPage=100", null)
                    .json()
                    .get("total")
                    .asLong();
            assertThat(total).isGreaterThanOrEqualTo(20);
            JsonNode articles = http.apiAs(TOKEN, "GET", "/api/v1/articles?perPage=100", null)
                    .json()
                    .get("items");
            assertThat(articles.valueStream()
                            .map(a -> a.get("section").asString())
                            .distinct()
                            .count())
                    .isGreaterThanOrEqualTo(4);
            assertThat(articles.valueStream()
                            .filter(a -> a.get("byline").has("desk"))
                            .map(a -> a.get("byline").get("desk").asString())
                            .distinct()
                            .count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(articles.valueStream().filter(a -> a.has("updatedAt")).count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(http.apiAs(TOKEN, "GET", "/api/v1/breaking?current=true", null)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(http.get("/").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        }
        try (var app = new NashirProcess(dir, env).start()) {
            Http http = new Http(app.port());
            assertThat(http.apiAs(TOKEN, "GET", "/api/v1/articles?perPage=1", null)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(total);
        }
    }

    @Test
    void createTokenCommandPrintsAWorkingToken() throws Exception {
        Path dir = Files.createTempDirectory("nashir-cli-");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        NashirProcess.JAR.toAbsolutePath().toString(),
                        "create-token",
                        "ci")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("NASHIR_DATA_DIR", dir.toString());
        Process p = pb.start();
        String[] lines = new String(p.getInputStream().readAllBytes()).strip().split("\n");
        String token = lines[lines.length - 1].strip();
        assertThat(p.waitFor()).isZero();
        assertThat(token).startsWith("nsh_").hasSizeGreaterThan(40);
        try (var app = new NashirProcess(dir, Map.of("NASHIR_DEMO", "false")).start()) {
            Http http = new Http(app.port());
            assertThat(http.apiAs(token, "GET", "/api/v1/articles", null).status())
                    .isEqualTo(200);
            assertThat(http.apiAs(null, "GET", "/api/v1/articles", null).status())
                    .isEqualTo(401);
        }
    }
}

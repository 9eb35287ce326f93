package com.nashir.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.OtherNode;
import com.nashir.testing.SseClient;
import com.nashir.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * What an operator's tools see: public health with liveness and readiness, Prometheus metrics
 * behind a token, readiness down while the search index is not complete, and a shutdown that
 * does not wait for open live streams.
 */
@IntegrationTest
class OperationsEndpointsIT {
    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void healthIsPublicAndSaysLiveAndReady() {
        Http http = new Http(port);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.json().get("status").asString()).as(path).isEqualTo("UP");
            assertThat(r.body()).as("no details for the public").doesNotContain("components", "database");
        }
    }

    @Test
    void prometheusNeedsAnAdminTokenAndShowsTheSitesMeters() throws Exception {
        Http http = new Http(port);
        var refused = http.get("/actuator/prometheus");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"Authorization\"");
        assertThat(http.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(http.get("/actuator").status()).isEqualTo(401);
        assertThat(http.apiAs("not-a-token", "GET", "/actuator/prometheus", null)
                        .status())
                .isEqualTo(401);

        // Traffic for the meters: an article page twice (a miss, then a hit), a search, a live stream.
        Fixtures fixtures = new Fixtures(http);
        var article = fixtures.post(Fixtures.article(fixtures.section(), "خبر للمقاييس"));
        String path = Fixtures.path(article.get("url").asString());
        assertThat(http.get(path).status()).isEqualTo(200);
        // A hit follows the first render; on PostgreSQL the publication's invalidation notice may
        // arrive after that render and drop the page once, so a hit is awaited rather than assumed.
        until(() -> "hit".equals(http.get(path).header("X-Cache")));
        assertThat(http.get("/api/v1/search?q="
                                + java.net.URLEncoder.encode("المقاييس", java.nio.charset.StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);

        try (SseClient live = SseClient.open(http.base(), "/live/breaking", null)) {
            String metrics = awaitMetric(http, "nashir_live_streams{application=\"nashir\"} 1.0");
            System.out.println("prometheus sample:\n"
                    + metrics.lines()
                            .filter(l -> l.startsWith("nashir_")
                                    || l.startsWith("hikaricp_connections_active")
                                    || l.startsWith("tasks_scheduled_execution_seconds_count")
                                    || l.startsWith("http_server_requests_seconds_count"))
                            .limit(60)
                            .reduce("", (a, b) -> a + b + "\n"));
            assertThat(metrics)
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("uri=\"/api/v1/search\"")
                    .contains("nashir_page_cache_responses_total{application=\"nashir\",result=\"hit\"}")
                    .contains("nashir_page_cache_responses_total{application=\"nashir\",result=\"miss\"}")
                    .contains("nashir_page_cache_pages{")
                    .contains("nashir_page_cache_size_bytes{")
                    .contains("nashir_search_latency_seconds_count{")
                    .contains("nashir_search_index_lag_seconds{")
                    .contains("nashir_search_index_ready{application=\"nashir\"} 1.0")
                    .contains("nashir_comments_pending{")
                    .contains("hikaricp_connections_active{")
                    .contains("tasks_scheduled_execution_seconds_count{");
            assertThat(value(metrics, "nashir_page_cache_responses_total{application=\"nashir\",result=\"hit\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "nashir_page_cache_responses_total{application=\"nashir\",result=\"miss\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "nashir_search_latency_seconds_count{application=\"nashir\"}"))
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void readinessIsDownWhileTheSearchIndexIsNotComplete() {
        // A node whose index never opens (search switched off) stays alive but never ready.
        try (ConfigurableApplicationContext node = OtherNode.start(env, "--nashir.search.live=false")) {
            Http http = new Http(OtherNode.port(node));
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
            var readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        }
    }

    /** PostgreSQL only: the test makes the database refuse connections, as when its server is down. */
    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndComesBackWithIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("postgres".equals(TestDatabase.engine()), "needs PostgreSQL");
        String db = "ops_ready_"
                + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String base = TestDatabase.PG_URL.substring(0, TestDatabase.PG_URL.lastIndexOf('/') + 1);
        sql("create database " + db);
        try (ConfigurableApplicationContext node = OtherNode.startOn(
                base + db,
                TestDatabase.PG_USER,
                "",
                TestDatabase.ADMIN_TOKEN,
                "--spring.datasource.hikari.connection-timeout=1000")) {
            Http http = new Http(OtherNode.port(node));
            // A node on a new database builds its (empty) search index first: ready once that is done.
            until(() -> http.get("/actuator/health/readiness").status() == 200);

            sql("alter database " + db + " allow_connections false");
            sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db + "'");
            long down = until(() -> http.get("/actuator/health/readiness").status() == 503);
            assertThat(http.get("/actuator/health/liveness").status())
                    .as("alive all the same")
                    .isEqualTo(200);
            System.out.printf("database unreachable: readiness 503 after %d ms%n", down);

            sql("alter database " + db + " allow_connections true");
            long up = until(() -> http.get("/actuator/health/readiness").status() == 200);
            System.out.printf("database back: readiness 200 after %d ms%n", up);
        } finally {
            sql("drop database if exists " + db + " with (force)");
        }
    }

    private static void sql(String statement) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "")) {
            c.createStatement().execute(statement);
        }
    }

    /** Waits for the condition (at most 30 s); returns how long it took, in ms. */
    private static long until(java.util.function.BooleanSupplier condition) {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(condition::getAsBoolean);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void shutdownEndsOpenLiveStreamsAtOnce() throws Exception {
        ConfigurableApplicationContext node = OtherNode.start(env);
        Http http = new Http(OtherNode.port(node));
        try (SseClient a = SseClient.open(http.base(), "/live/breaking", null);
                SseClient b = SseClient.open(http.base(), "/live/breaking", null)) {
            a.next(Duration.ofSeconds(5));
            b.next(Duration.ofSeconds(5));
            long start = System.nanoTime();
            node.close();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("shutdown with 2 open live streams took %d ms%n", ms);
            assertThat(ms)
                    .as("graceful shutdown must not wait for live streams")
                    .isLessThan(5_000);
        }
    }

    /** The value on the line that starts with {@code series} (name and labels). */
    private static double value(String metrics, String series) {
        return metrics.lines()
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(
                        l -> Double.parseDouble(l.substring(series.length() + 1).strip()))
                .findFirst()
                .orElse(-1);
    }

    private static String awaitMetric(Http http, String line) {
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(
                        () -> {
                            var r = http.apiAs(TestDatabase.ADMIN_TOKEN, "GET", "/actuator/prometheus", null);
                            assertThat(r.status()).isEqualTo(200);
                            return r.body();
                        },
                        body -> body.contains(line));
    }
}

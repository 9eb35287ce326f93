package com.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Http;
import com.nashir.testing.Newsroom;
import com.nashir.testing.TestDatabase;
import com.nashir.testing.WebSession;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away while the site serves and comes back: readers keep the pages the cache
 * holds, get the Arabic 503 page (with Retry-After) for the rest, API callers a problem+json 503,
 * the newsroom a clear message; a write that failed left nothing behind; and everything works
 * again without a restart. PostgreSQL only: embedded H2 lives inside the application's own
 * process and cannot become unreachable while the application runs. The shared server is never
 * stopped: a loopback proxy between the application and PostgreSQL is cut and restored.
 */
class DatabaseDownIT {
    private static final int SITE_PORT = 19331;
    private static final int PROXY_PORT = 19332;

    @TempDir
    Path temp;

    @Test
    void readersKeepCachedPagesAndEverythingRecoversWhenTheDatabaseReturns() throws Exception {
        Assumptions.assumeTrue(
                "postgres".equals(TestDatabase.engine()), "PostgreSQL only (embedded H2 cannot go away)");
        Assumptions.assumeTrue(
                TestDatabase.postgresReachable() || "true".equals(System.getenv("CI")), "PostgreSQL needed");
        URI pg = URI.create(TestDatabase.PG_URL.substring("jdbc:".length()));
        SiteRun run = SiteRun.fresh("postgres", temp);
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + PROXY_PORT + pg.getPath();
        try (TcpProxy proxy = new TcpProxy(PROXY_PORT, pg.getHost(), pg.getPort());
                ConfigurableApplicationContext site = run.start(
                        run.settings(viaProxy), SITE_PORT, Clock.systemUTC(), false, "--nashir.page-cache.ttl=1s")) {
            Http http = new Http(SITE_PORT);
            Newsroom people = new Newsroom(http);
            WebSession editor = people.signIn(SITE_PORT, "editor");
            assertThat(http.api("POST", "/api/v1/sections", Http.json(Map.of("slug", "down", "name", "قسم الانقطاع")))
                            .status())
                    .isEqualTo(201);
            String cached = path(http.api(
                    "POST", "/api/v1/articles", Http.json(BackupRoundTripIT.article("down", "خبر قرأه الناس"))));
            String uncached = path(http.api(
                    "POST", "/api/v1/articles", Http.json(BackupRoundTripIT.article("down", "خبر لم يقرأه أحد"))));
            http.get(cached); // read twice: a page is kept from its second request
            var before = http.get(cached);
            assertThat(before.status()).isEqualTo(200);
            assertThat(before.header("X-Cache")).isEqualTo("miss");
            Thread.sleep(1500); // past the page's fresh time: from now on it is served only because rendering fails

            proxy.cut();

            var stale = http.get(cached);
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(before.body());
            assertThat(stale.header("X-Cache")).startsWith("stale");

            long started = System.nanoTime();
            var page = http.get(uncached);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("fails fast, never hangs")
                    .isLessThan(Duration.ofSeconds(15));
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("30");
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("dir=\"rtl\"").contains("الموقع غير متاح مؤقتاً");

            var api = http.api("GET", "/api/v1/articles", null);
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.header("Retry-After")).isEqualTo("30");
            assertThat(api.json().get("detail").asString()).contains("لم يُحفظ شيء");

            var write = http.api(
                    "POST", "/api/v1/articles", Http.json(BackupRoundTripIT.article("down", "خبر كتب والقاعدة غائبة")));
            assertThat(write.status()).isEqualTo(503);

            var wp = http.get("/wp-json/wp/v2/posts");
            assertThat(wp.status()).isEqualTo(503);
            assertThat(wp.header("Retry-After")).isEqualTo("30");

            var desk = editor.get("/admin/articles");
            assertThat(desk.statusCode()).isEqualTo(503);
            assertThat(desk.body()).contains("قاعدة البيانات غير متاحة الآن").contains("لم يُحفظ شيء");

            proxy.restore();

            // Back without a restart: the pool reconnects on the next request.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> http.get(uncached).status() == 200);
            var again = http.api(
                    "POST", "/api/v1/articles", Http.json(BackupRoundTripIT.article("down", "خبر بعد عودة القاعدة")));
            assertThat(again.status()).as(again.body()).isEqualTo(201);
            assertThat(editor.get("/admin/articles").statusCode()).isEqualTo(200);
            // Nothing half-written: the write made while the database was away is nowhere.
            var titles = http.api("GET", "/api/v1/articles?perPage=100", null).body();
            assertThat(titles).contains("خبر بعد عودة القاعدة").doesNotContain("خبر كتب والقاعدة غائبة");
        } finally {
            run.drop();
        }
    }

    private static String path(Http.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("url").asString().replaceFirst("^https?://[^/]+", "");
    }
}

package com.nashir.search;

import static com.nashir.search.SearchWords.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The index follows the database: publishing, updating, unpublishing, trashing and purging an
 * article shows in the search API within one second of the write's answer (the time includes
 * the polling requests themselves), and the search page agrees.
 */
@IntegrationTest
class SearchFreshnessIT {
    static final long LIMIT_MS = 1_000;

    @LocalServerPort
    int port;

    @Test
    void everyChangeShowsInSearchWithinOneSecond() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        String section = fixtures.section();
        String word = SearchWords.unique();
        String other = SearchWords.unique();

        // Warm-up (not measured): the first search in a fresh JVM loads and compiles Lucene's code paths.
        String warm = SearchWords.unique();
        long warmId = fixtures.post(Fixtures.article(section, "تحمية " + warm))
                .get("id")
                .asLong();
        long start = System.currentTimeMillis();
        while (!apiFinds(http, warm, warmId) && System.currentTimeMillis() - start < 10_000) {
            pageFinds(http, warm, warmId);
        }

        long id = fixtures.post(Fixtures.article(section, "خبر " + word))
                .get("id")
                .asLong();
        report("publish", within(() -> apiFinds(http, word, id)));
        assertThat(pageFinds(http, word, id))
                .as("the page shows what the API finds")
                .isTrue();

        var r = http.api("PATCH", "/api/v1/articles/" + id, Http.json(java.util.Map.of("headline", "خبر " + other)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        report("update", within(() -> apiFinds(http, other, id) && !apiFinds(http, word, id)));

        r = http.api("PATCH", "/api/v1/articles/" + id, "{\"status\": \"unpublished\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        report("unpublish", within(() -> !apiFinds(http, other, id)));
        assertThat(pageFinds(http, other, id)).isFalse();

        r = http.api("PATCH", "/api/v1/articles/" + id, "{\"status\": \"published\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        report("republish", within(() -> apiFinds(http, other, id)));

        assertThat(http.api("DELETE", "/api/v1/articles/" + id, null).status()).isIn(200, 204);
        report("trash", within(() -> !apiFinds(http, other, id)));

        assertThat(http.api("DELETE", "/api/v1/articles/" + id + "?purge=true", null)
                        .status())
                .isIn(200, 204);
        report("purge", within(() -> !apiFinds(http, other, id)));
    }

    private static boolean apiFinds(Http http, String word, long id) {
        return http.get("/api/v1/search?q=" + enc(word))
                .json()
                .get("items")
                .valueStream()
                .anyMatch(i -> i.get("id").asLong() == id);
    }

    private static boolean pageFinds(Http http, String word, long id) {
        return http.get("/search?q=" + enc(word)).body().contains("href=\"/news/" + id + "/");
    }

    /** Milliseconds until the condition holds; fails past the limit. */
    private static long within(BooleanSupplier condition) {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await("visible within " + LIMIT_MS + " ms")
                .atMost(java.time.Duration.ofMillis(LIMIT_MS))
                .pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(condition::getAsBoolean);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isLessThan(LIMIT_MS);
        return ms;
    }

    private static void report(String what, long ms) {
        System.out.printf("search freshness: %-10s visible after %d ms%n", what, ms);
    }
}

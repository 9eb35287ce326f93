package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 6: a client that is not a configured proxy cannot change the links the page
 * cache stores. On the old code a request with {@code X-Forwarded-Proto: https} from a loopback
 * address was believed, and the https links it rendered were cached for plain readers.
 */
@IntegrationTest
// The default: no proxy trusted (the shared test context trusts loopback).
@org.springframework.test.context.TestPropertySource(
        properties = {"nashir.test.context=no-proxy", "nashir.trusted-proxies="})
class PageCacheSchemeIT {
    @LocalServerPort
    int port;

    Http http;
    Fixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
    }

    @Test
    void aForwardedSchemeFromAnUntrustedClientChangesNoCachedLink() {
        String section = fx.section();
        String path = "/section/" + section + "?scheme-test=" + UUID.randomUUID();
        for (String p : new String[] {path, "/robots.txt", "/feed"}) {
            Http.Response poisoned = http.get(
                    p, "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example", "X-Forwarded-Port", "443");
            assertThat(poisoned.body())
                    .as(p)
                    .doesNotContain("https://localhost")
                    .doesNotContain("evil.example");
            Http.Response plain = http.get(p);
            assertThat(plain.body()).as(p).doesNotContain("https://localhost").doesNotContain("evil.example");
        }
        String canonical =
                Jsoup.parse(http.get(path).body()).select("link[rel=canonical]").attr("href");
        assertThat(canonical).startsWith("http://localhost:" + port + "/");
    }
}

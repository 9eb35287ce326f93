package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 12, finding 15: error pages and API answers carry CSP and nosniff like the pages do. */
@IntegrationTest
class SecurityHeadersIT {
    @LocalServerPort
    int port;

    @Test
    void errorPagesAndApiAnswersCarryTheHeaders() {
        Http http = new Http(port);
        for (String path : new String[] {
            "/no-such-page-" + System.nanoTime(),
            "/api/v1/no-such-thing",
            "/api/v1/articles",
            "/wp-json/wp/v2/posts?per_page=1",
            "/wp-json/wp/v2/no-such-route"
        }) {
            Http.Response r = http.get(path);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Content-Security-Policy")).as(path).isNotBlank();
        }
        assertThat(http.get("/api/v1/articles").header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.API_CSP);
    }
}

package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.IntegrationTest;
import com.nashir.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 12: malformed percent-encoding in the query is the caller's mistake (400 with
 * a clear answer), not a 500 with a stack trace; finding 15: {@code GET /error} is not a 500.
 */
@IntegrationTest
class MalformedRequestIT {
    @LocalServerPort
    int port;

    @Test
    void theJsonApiAnswersAProblemNamingTheQuery() throws Exception {
        for (String target :
                new String[] {"/api/v1/search?q=%E0%A4", "/api/v1/articles?x=%ZZ", "/api/v1/sections?a=%"}) {
            RawHttp.Answer a = RawHttp.get(port, target);
            assertThat(a.status()).as(target).isEqualTo(400);
            assertThat(a.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(a.body()).as(target).contains("\"field\":\"(query)\"");
        }
    }

    @Test
    void theWordPressApiAnswersInWordPressShape() throws Exception {
        RawHttp.Answer a = RawHttp.get(port, "/wp-json/?x=%ZZ");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"code\":\"rest_invalid_param\"");
        assertThat(RawHttp.get(port, "/wp-json/wp/v2/posts?search=%E0%A4").status())
                .isEqualTo(400);
    }

    @Test
    void theSiteAnswersItsErrorPage() throws Exception {
        RawHttp.Answer a = RawHttp.get(port, "/search?q=%E0%A4");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void theErrorPathOpenedDirectlyIsNotAServerError() throws Exception {
        assertThat(RawHttp.get(port, "/error").status()).isEqualTo(404);
    }
}

package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {
    private static MockHttpServletResponse answer(SecurityHeaders h, String path, boolean secure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        h.apply(request, response);
        return response;
    }

    @Test
    void hstsOnEveryPageBehindTlsNotOnlyTheNewsroom() {
        SecurityHeaders h = new SecurityHeaders("max-age=31536000");
        assertThat(answer(h, "/", true).getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(answer(h, "/api/v1/articles", true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(answer(h, "/", false).getHeader("Strict-Transport-Security")).isNull();
        assertThat(answer(new SecurityHeaders(""), "/", true).getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void apiAnswersAreNeverDocuments() {
        MockHttpServletResponse r = answer(new SecurityHeaders(""), "/api/v1/nothing", false);
        assertThat(r.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_CSP);
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer(new SecurityHeaders(""), "/wp-json/wp/v2/posts", false)
                        .getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.API_CSP);
        assertThat(answer(new SecurityHeaders(""), "/no-such-page", false).getHeader("Content-Security-Policy"))
                .isEqualTo(CachedPageWriter.CSP);
    }
}

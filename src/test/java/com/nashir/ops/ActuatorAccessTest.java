package com.nashir.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nashir.access.Actor;
import com.nashir.access.Role;
import com.nashir.user.ApiTokens;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ActuatorAccessTest {
    private final ApiTokens tokens = mock(ApiTokens.class);
    private final ActuatorAccess access = new ActuatorAccess(tokens, "scrape-secret");

    @Test
    void healthAndItsGroupsArePublic() throws Exception {
        assertThat(status("/actuator/health", null)).isEqualTo(200);
        assertThat(status("/actuator/health/readiness", null)).isEqualTo(200);
        assertThat(status("/actuator/healthy", null)).isEqualTo(401);
    }

    @Test
    void metricsNeedTheMetricsTokenOrAnAdminsToken() throws Exception {
        when(tokens.authenticate("admin-token")).thenReturn(Optional.of(new Actor(1L, "مدير", Role.ADMIN, "")));
        when(tokens.authenticate("editor-token")).thenReturn(Optional.of(new Actor(2L, "محرر", Role.EDITOR, "")));
        assertThat(status("/actuator/prometheus", null)).isEqualTo(401);
        assertThat(status("/actuator/prometheus", "Bearer scrape-secret")).isEqualTo(200);
        assertThat(status("/actuator/prometheus", "Bearer scrape-secretx")).isEqualTo(401);
        assertThat(status("/actuator/prometheus", "Bearer admin-token")).isEqualTo(200);
        assertThat(status("/actuator/prometheus", "Bearer editor-token")).isEqualTo(401);
        assertThat(status("/actuator/metrics/jvm.memory.used", "Basic c2NyYXBlLXNlY3JldA=="))
                .isEqualTo(401);
    }

    @Test
    void anEmptyMetricsTokenOpensNothing() throws Exception {
        ActuatorAccess none = new ActuatorAccess(tokens, " ");
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.addHeader("Authorization", "Bearer  ");
        var response = new MockHttpServletResponse();
        none.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(401);
    }

    private int status(String path, String authorization) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        access.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}

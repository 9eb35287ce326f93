package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.SseClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 5: with no trusted proxy configured (the default), {@code X-Forwarded-For}
 * from a loopback or private address is not believed: the per-address limits count the real
 * address. On the old code Tomcat trusted every private and loopback address.
 */
@IntegrationTest
// The default: no proxy trusted (the shared test context trusts loopback).
@org.springframework.test.context.TestPropertySource(
        properties = {"nashir.test.context=no-proxy", "nashir.trusted-proxies="})
class ForwardedHeadersIT {
    @LocalServerPort
    int port;

    @Autowired
    LiveStreamLimits limits;

    @Test
    void aClientCannotChooseTheAddressItIsCountedUnder() throws Exception {
        Http http = new Http(port);
        int before = loopback();
        try (SseClient client =
                SseClient.open(http.base(), LiveBreakingServlet.PATH, null, "X-Forwarded-For", "203.0.113.77")) {
            assertThat(client.next(Duration.ofSeconds(5))).isNotNull();
            assertThat(limits.open("203.0.113.77")).isZero();
            assertThat(loopback()).isEqualTo(before + 1);
        }
    }

    /** Streams counted under the test's own address ("localhost" may be IPv4 or IPv6). */
    private int loopback() {
        return limits.open("127.0.0.1") + limits.open("0:0:0:0:0:0:0:1");
    }
}

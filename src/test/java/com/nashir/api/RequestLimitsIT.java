package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.RawHttp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 4: JSON bodies are bounded (413 problem+json, with or without a declared
 * length), and what a client sends reaches the log escaped and cut.
 */
@IntegrationTest
class RequestLimitsIT {
    @LocalServerPort
    int port;

    private static byte[] hugeLogin() {
        return ("{\"login\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"password\":\"p\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "POST", LoginApi.PATH, "Content-Type: application/json\r\n", hugeLogin());
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.body()).contains("\"field\":\"(body)\"");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCut() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + LoginApi.PATH))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(hugeLogin())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"field\":\"(body)\"");
    }

    @Test
    void aLoginWithALineBreakCannotForgeALogLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoginApi.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            String login = "nobody-" + System.nanoTime() + "\n12:00:00.000 INFO  com.nashir.Forged - admin logged in"
                    + "y".repeat(500);
            var r = new Http(port)
                    .apiAs(
                            null,
                            "POST",
                            LoginApi.PATH,
                            Http.json(java.util.Map.of("login", login, "password", "wrong")));
            assertThat(r.status()).isEqualTo(401);
            assertThat(appender.list).isNotEmpty();
            String line = appender.list.get(appender.list.size() - 1).getFormattedMessage();
            assertThat(line).doesNotContain("\n").contains("\\n12:00:00.000").hasSizeLessThan(300);
        } finally {
            logger.detachAppender(appender);
        }
    }
}

package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A balancer's kept connection to a node stays open for as many requests as nginx keeps one (its
 * {@code keepalive_requests}, 1,000): Tomcat's default closed it after 100, so nginx in front reconnected ten times as
 * often as it would itself (measured on the cached article at a million: 4 % fewer pages a second; docs/performance.md).
 */
@IntegrationTest
class KeptConnectionIT {
    @LocalServerPort
    int port;

    @Test
    void aKeptConnectionServesMoreThanAHundredRequests() throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] request = ("GET /favicon.svg HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            for (int i = 1; i <= 150; i++) {
                out.write(request);
                out.flush();
                String head = head(in);
                assertThat(head).as("answer %d", i).startsWith("HTTP/1.1 200");
                assertThat(head.toLowerCase(Locale.ROOT))
                        .as("answer %d closes the connection", i)
                        .doesNotContain("connection: close");
                in.readNBytes(contentLength(head));
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(
                        line.substring("content-length:".length()).strip());
            }
        }
        throw new AssertionError("no Content-Length in " + head);
    }
}

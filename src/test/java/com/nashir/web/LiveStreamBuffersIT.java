package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.SseClient;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open live stream gives Tomcat's per-request buffers back (issue 12, finding 1: each open
 * stream held ~126 KB, so a few thousand streams exhausted a small heap), and a request that reuses
 * Tomcat's objects after a stream has ended gets the usual buffers again.
 */
@IntegrationTest
class LiveStreamBuffersIT {
    @LocalServerPort
    int port;
    @Autowired
    LiveStreamLimits limits;
    @Autowired
    LiveBreakingHub hub;

    @Test
    void thisTomcatsBuffersCanBeShrunk() {
        assertThat(LiveStreamBuffers.available()).as("Tomcat's connector fields are where LiveStreamBuffers looks").isTrue();
    }

    @Test
    void anOpenStreamHoldsSmallBuffersAndStillStreams() throws Exception {
        Http http = new Http(port);
        int before = LiveStreamBuffers.shrunk();
        try (SseClient client = SseClient.open(http.base(), LiveBreakingServlet.PATH, null)) {
            assertThat(client.next(Duration.ofSeconds(5))).isNotNull();
            assertThat(LiveStreamBuffers.shrunk()).isGreaterThan(before);
        }
    }

    @Test
    void anOpenStreamGivesBackItsConnectionsBuffers() throws Exception {
        Http http = new Http(port);
        long before = LiveStreamBuffers.connectionsShrunk();
        try (SseClient client = SseClient.open(http.base(), LiveBreakingServlet.PATH, null)) {
            assertThat(client.next(Duration.ofSeconds(5))).isNotNull();
            assertThat(LiveStreamBuffers.connectionsShrunk()).as("streams whose header and socket buffers went back").isGreaterThan(before);
        }
    }

    /**
     * A request sent behind the stream's on the same connection waits in the buffer the stream
     * gave back; when the server ends the stream, it is answered whole, with headers larger than
     * the copy the stream held and a status line the emptied response-header buffer had no room for.
     */
    @Test
    void aRequestPipelinedBehindAStreamIsAnsweredWholeWhenTheStreamEnds() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
                    + "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Filler: " + "y".repeat(9000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            assertThat(readUntil(in, "event: breaking")).startsWith("HTTP/1.1 200");
            // Ended until the socket closes: the hub may hold other tests' streams, so "it has one" does not
            // mean "it has this one yet", and an end before this stream joins would leave it open (a hang).
            var ender = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            String rest;
            try {
                ender.scheduleWithFixedDelay(hub::endAll, 0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
                rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                ender.shutdownNow();
            }
            // The stream's last chunk, then the whole answer to the request that waited behind it.
            assertThat(rest).contains("0\r\n\r\nHTTP/1.1 200 ").contains("User-agent");
        }
    }

    @Test
    void requestsAfterEndedStreamsGetWholeAnswers() throws Exception {
        int openBefore = limits.open();
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Socket s = new Socket("127.0.0.1", port);
            s.getOutputStream().write(("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            sockets.add(s);
        }
        for (Socket s : sockets) {
            s.setSoTimeout(5000);
            assertThat(readUntil(s.getInputStream(), "event: breaking")).startsWith("HTTP/1.1 200");
        }
        for (Socket s : sockets) {
            s.close();
        }
        // Dropped streams are noticed at the next heartbeat (2 s in tests); Tomcat then recycles their objects.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (limits.open() > openBefore && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(limits.open()).isLessThanOrEqualTo(openBefore);
        // Large answers and many headers on reused request objects: the full buffers are back.
        Http http = new Http(port);
        for (int i = 0; i < 40; i++) {
            Http.Response page = http.get("/?reuse=" + i, "X-Filler", "x".repeat(12_000));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("</html>");
        }
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        StringBuilder text = new StringBuilder();
        byte[] buf = new byte[4096];
        while (text.indexOf(marker) < 0) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}

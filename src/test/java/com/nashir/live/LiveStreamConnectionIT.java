package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * An open live stream leaves Tomcat's HTTP processor and costs a few KB of heap (issue 12, finding
 * 1: each open stream held ~126 KB, later 28 KB, so a few thousand streams filled a small heap);
 * a stream the server ends really closes its connection; connections used by streams serve pages
 * whole afterwards.
 */
@IntegrationTest
class LiveStreamConnectionIT {
    /** The goal of issue 12: at most 10 KB of heap a stream, the test's own client sockets included. */
    static final long MAX_HEAP_PER_STREAM = 10 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    LiveStreamLimits limits;

    @Autowired
    LiveBreakingHub hub;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void thisTomcatsSocketBuffersCanBeGivenBack() {
        assertThat(LiveClient.socketBuffersShrinkable())
                .as("Tomcat's SocketBufferHandler fields are where LiveClient looks")
                .isTrue();
    }

    /**
     * Heap measured as the JVM's live objects after a full collection (GC.class_histogram, as
     * {@code jcmd} prints it) with 1,000 streams open and with 1,000 more. The first 1,000 stay open
     * through both readings: they take Tomcat's pooled channels (up to 500 kept with full
     * buffers), so the pools are the same in both and the difference is what streams cost.
     */
    @Test
    void anOpenStreamCostsAFewKilobytesOfHeap() throws Exception {
        int streams = 1000;
        List<Socket> first = open(streams, "first");
        List<Socket> more = List.of();
        try {
            long before = liveHeap();
            more = open(streams, "more");
            long during = liveHeap();
            long perStream = (during - before) / streams;
            System.out.printf(
                    "live stream heap: %,d bytes a stream (%,d more streams; %,d -> %,d bytes live)%n",
                    perStream, streams, before, during);
            assertThat(perStream).as("heap per open stream, bytes").isLessThanOrEqualTo(MAX_HEAP_PER_STREAM);
        } finally {
            closeAll(first);
            closeAll(more);
        }
    }

    @Test
    void aStreamIsNotChunkedAndTheServerEndingItClosesTheConnection() throws Exception {
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getConnector()
                .getProtocolHandler();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            s.getOutputStream()
                    .write("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String head = readUntil(in, "event: breaking");
            assertThat(head)
                    .startsWith("HTTP/1.1 200")
                    .containsIgnoringCase("Connection: close")
                    .doesNotContainIgnoringCase("Transfer-Encoding");
            long connections = protocol.getConnectionCount();
            // Ended until the socket closes: the hub may hold other tests' streams, so "it has one" does not
            // mean "it has this one yet", and one end before this stream joins would leave it open.
            var ender = Executors.newSingleThreadScheduledExecutor();
            String rest;
            try {
                ender.scheduleWithFixedDelay(hub::endAll, 0, 200, TimeUnit.MILLISECONDS);
                rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                ender.shutdownNow();
            }
            assertThat(rest).doesNotContain("HTTP/1.1");
            // The reader sees the end as soon as the server's FIN arrives; Tomcat counts the connection closed a
            // moment later, on its own thread (CI once read the count in between).
            org.awaitility.Awaitility.await("Tomcat's open connections below " + connections)
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> protocol.getConnectionCount() < connections);
        }
    }

    @Test
    void aReaderWhoLeavesGivesItsPlaceBackAtOnceAndConnectionsServeWholePagesAfter() throws Exception {
        int openBefore = limits.open();
        List<Socket> sockets = open(20, "leaving");
        assertThat(limits.open()).isGreaterThanOrEqualTo(openBefore + 20);
        closeAll(sockets);
        // Noticed when the closed socket turns readable, not by failed writes at the next heartbeats (every 2 s in
        // tests).
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMillis(1500))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> limits.open() <= openBefore);
        // Tomcat reuses the streams' channels: their socket buffers are the usual ones again.
        Http http = new Http(port);
        for (int i = 0; i < 40; i++) {
            Http.Response page = http.get("/?reuse=" + i, "X-Filler", "x".repeat(12_000));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("</html>");
        }
    }

    /** Opens {@code n} streams from 100-reader groups of addresses (the per-address limit), each read to its first event. */
    private List<Socket> open(int n, String label) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Socket s = new Socket("127.0.0.1", port);
            String address = "10." + Math.abs(label.hashCode() % 200) + "." + (i / 50) + ".7";
            s.getOutputStream()
                    .write(
                            ("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nX-Forwarded-For: "
                                            + address + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            sockets.add(s);
        }
        for (Socket s : sockets) {
            s.setSoTimeout(10_000);
            assertThat(readUntil(s.getInputStream(), "event: breaking")).startsWith("HTTP/1.1 200");
        }
        return sockets;
    }

    private static void closeAll(List<Socket> sockets) throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
    }

    /** Bytes of live objects after a full collection, the total line of GC.class_histogram. */
    private static long liveHeap() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        String[] lines = histogram.strip().split("\n");
        String[] total = lines[lines.length - 1].trim().split("\\s+");
        return Long.parseLong(total[total.length - 1]);
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

package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.system.TomcatSockets;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page larger than a connection's own buffer leaves through a borrowed one, on a real Tomcat
 * (the version Nashir runs): the bytes and headers as sent the usual way, the connection's own
 * 8 KB buffer back in place afterwards, and the next request on the connection (sent at once,
 * pipelined, or later) answered as usual.
 */
class WholePageWriteTest {
    static Tomcat tomcat;
    static int port;
    static final WholePageWrite pages = new WholePageWrite(1);
    /** For each request: whether it went the whole way, and the connection's buffer capacity after it. */
    static final List<String> seen = new CopyOnWriteArrayList<>();

    static byte[] body(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    @BeforeAll
    static void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("whole-page-tomcat").toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        var context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "page", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                byte[] body = body(Integer.parseInt(req.getParameter("size")));
                resp.setContentType("text/html;charset=UTF-8");
                resp.setHeader("X-Test", "page");
                resp.setContentLength(body.length);
                HttpServletResponse target =
                        req.getParameter("wrapped") != null ? new HttpServletResponseWrapper(resp) : resp;
                boolean whole = pages.write(target, body);
                if (!whole) {
                    target.getOutputStream().write(body);
                }
                target.flushBuffer();
                var socket = TomcatSockets.plainConnection(resp);
                seen.add(whole + " "
                        + (socket == null
                                ? "?"
                                : socket.getSocketBufferHandler()
                                        .getWriteBuffer()
                                        .capacity()));
            }
        });
        context.addServletMappingDecoded("/page", "page");
        tomcat.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @BeforeEach
    void clear() {
        seen.clear();
    }

    @Test
    void thisTomcatsConnectionsAreWithinReach() {
        assertThat(TomcatSockets.available())
                .as("Tomcat's fields are where TomcatSockets looks")
                .isTrue();
    }

    @Test
    void aLargePageLeavesWholeAndTheConnectionKeepsItsOwnBuffer() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(get("/page?size=40000").getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(40000));
            // The same connection, later: the borrowed buffer was given back and taken again.
            s.getOutputStream().write(get("/page?size=60000").getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(60000));
        }
        assertThat(seen).containsExactly("true 8192", "true 8192");
    }

    @Test
    void pipelinedRequestsAreAnsweredInTurn() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream()
                    .write((get("/page?size=50000") + get("/page?size=100") + get("/page?size=30000"))
                            .getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(50000));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(100));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(30000));
        }
        assertThat(seen).containsExactly("true 8192", "false 8192", "true 8192");
    }

    @Test
    void pagesItCannotTakeGoTheUsualWay() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            // Too large for the pool's buffers; and a response some filter wrapped.
            s.getOutputStream().write(get("/page?size=200000").getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(200000));
            s.getOutputStream().write(get("/page?size=40000&wrapped").getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(s.getInputStream())).isEqualTo(body(40000));
        }
        assertThat(seen).containsExactly("false 8192", "false 8192");
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    /** One response: its headers checked, its body (Content-Length bytes) returned. */
    private static byte[] readResponse(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("response headers end").isNotNegative();
            head.write(c);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        assertThat(headers).startsWith("HTTP/1.1 200").contains("X-Test: page").contains("Content-Type: text/html");
        int length = Arrays.stream(headers.split("\r\n"))
                .filter(h -> h.toLowerCase().startsWith("content-length:"))
                .mapToInt(h -> Integer.parseInt(h.substring(15).trim()))
                .findFirst()
                .orElseThrow();
        return in.readNBytes(length);
    }
}

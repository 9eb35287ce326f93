package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live streams opened and dropped by the hundred (closed politely or reset) while breaking
 * items are posted, so the hub writes to streams that are ending, and while other clients call
 * the JSON API on fresh connections. Tomcat reuses its request and response objects; a frame
 * written to a stream after Tomcat ended it could land in somebody else's response. Every API
 * answer must therefore be exactly one JSON document with nothing before or after it, and no
 * event-stream text anywhere in it. (Before {@code LiveClient}'s end-of-request callbacks waited
 * for a write in progress, this test failed within seconds: a reply with a second JSON object
 * appended, and "getOutputStream() has already been called" on requests that got a stream's
 * recycled response.)
 */
@IntegrationTest
class LiveStreamStressIT {
    private static final long RUN_MS = 12_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    LiveStreamLimits limits;

    private final java.util.Set<String> addresses = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Test
    void droppedStreamsNeverLeakIntoOtherResponses() throws Exception {
        Http http = new Http(port);
        long end = System.currentTimeMillis() + RUN_MS;
        AtomicInteger streams = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger items = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            work.add(pool.submit(() -> dropStreams(end, new Random(seed), streams)));
        }
        for (int t = 0; t < 3; t++) {
            work.add(pool.submit(() -> callApi(end, calls, wrong)));
        }
        work.add(pool.submit(() -> {
            while (System.currentTimeMillis() < end) {
                var r = http.api(
                        "POST",
                        "/api/v1/breaking",
                        Http.json(Map.of("text", "اختبار ضغط البث " + items.incrementAndGet())));
                int before = wrong.size();
                check("POST /api/v1/breaking", r.status(), r.body(), wrong);
                if (wrong.size() == before) {
                    var d = http.api(
                            "DELETE", "/api/v1/breaking/" + r.json().get("id").asLong(), null);
                    if (d.status() != 204) {
                        wrong.add("DELETE answered " + d.status() + ": " + d.body());
                    }
                }
            }
            return null;
        }));
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(
                "live stress: %d streams opened and dropped, %d breaking items posted and deleted, %d API calls checked%n",
                streams.get(), items.get(), calls.get());
        assertThat(wrong).isEmpty();
        assertThat(streams.get()).isGreaterThan(100);
        assertThat(calls.get()).isGreaterThan(100);
        // Every dropped stream was noticed and its place given back.
        awaitOpen(() -> addresses.stream().mapToInt(limits::open).sum(), 0);
    }

    @Test
    void oneAddressCannotHoldMoreThanItsShareOfStreams() throws Exception {
        String address = "10.98.0.1";
        int share = limits.maxPerAddress();
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < share; i++) {
                Socket s = stream(address);
                assertThat(statusLine(s)).as("stream " + (i + 1)).contains(" 200 ");
                open.add(s);
            }
            try (Socket refused = stream(address)) {
                String head = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(head)
                        .startsWith("HTTP/1.1 503 ")
                        .contains("Retry-After: " + LiveBreakingServlet.RETRY_AFTER_SECONDS)
                        .contains("أعد المحاولة");
            }
            try (Socket other = stream("10.98.0.2")) {
                assertThat(statusLine(other)).contains(" 200 ");
            }
            open.remove(0).close();
            awaitOpen(() -> limits.open(address), share - 1);
            Socket again = stream(address);
            open.add(again);
            assertThat(statusLine(again)).contains(" 200 ");
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        awaitOpen(() -> limits.open(address), 0);
    }

    private Socket stream(String address) throws IOException {
        Socket s = new Socket("localhost", port);
        s.setSoTimeout(5_000);
        s.getOutputStream()
                .write(("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                                + "X-Forwarded-For: " + address + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String statusLine(Socket s) throws IOException {
        StringBuilder line = new StringBuilder();
        InputStream in = s.getInputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static void awaitOpen(java.util.function.IntSupplier count, int expected) throws InterruptedException {
        // A closed socket is noticed at the next heartbeat (2 s in tests).
        long until = System.currentTimeMillis() + 6_000;
        while (count.getAsInt() != expected && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).as("open streams").isEqualTo(expected);
    }

    /** Opens streams, reads a little, and drops them: half closed, half reset, some at once, some later. */
    private Void dropStreams(long end, Random random, AtomicInteger streams) throws Exception {
        while (System.currentTimeMillis() < end) {
            try (Socket s = new Socket("localhost", port)) {
                s.setSoTimeout(2_000);
                OutputStream out = s.getOutputStream();
                String address = "10.77." + random.nextInt(250) + "." + random.nextInt(250);
                addresses.add(address);
                out.write(("GET /live/breaking HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                                + "X-Forwarded-For: " + address + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                byte[] buffer = new byte[4096];
                if (random.nextBoolean()) {
                    in.read(buffer);
                }
                Thread.sleep(random.nextInt(60));
                if (random.nextBoolean()) {
                    s.setSoLinger(true, 0); // a reset, not a polite close
                }
                streams.incrementAndGet();
            } catch (IOException e) {
                // the server closed first: also fine
            }
        }
        return null;
    }

    /** Public and token API calls, each on a fresh connection, read to the end. */
    private Void callApi(long end, AtomicInteger calls, ConcurrentLinkedQueue<String> wrong) throws Exception {
        String[] paths = {
            "/api/v1/breaking", "/api/v1/search/suggest?q=%D8%AA%D8%B7%D8%A8", "/api/v1/articles?perPage=2"
        };
        int i = 0;
        while (System.currentTimeMillis() < end) {
            String path = paths[i++ % paths.length];
            try (Socket s = new Socket("localhost", port)) {
                s.setSoTimeout(5_000);
                s.getOutputStream()
                        .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                                        + "Authorization: Bearer " + TestDatabase.ADMIN_TOKEN
                                        + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                byte[] all = s.getInputStream().readAllBytes();
                String raw = new String(all, StandardCharsets.UTF_8);
                int split = raw.indexOf("\r\n\r\n");
                if (split < 0) {
                    wrong.add(path + ": no header end in " + raw);
                    continue;
                }
                String head = raw.substring(0, split);
                String body = raw.substring(split + 4);
                if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                    body = unchunk(all, split + 4, path, wrong);
                }
                int status = Integer.parseInt(head.substring(9, 12));
                check("GET " + path, status, body, wrong);
                calls.incrementAndGet();
            }
        }
        return null;
    }

    private static void check(String what, int status, String body, ConcurrentLinkedQueue<String> wrong) {
        if (status != 200 && status != 201) {
            wrong.add(what + " answered " + status + ": " + body);
            return;
        }
        if (body.contains("event:") || body.contains("\ndata:") || body.startsWith("data:") || body.startsWith("id:")) {
            wrong.add(what + " carries event-stream text: " + body);
            return;
        }
        try (JsonParser p = JSON.createParser(body)) {
            p.nextToken();
            p.skipChildren();
            if (p.nextToken() != null) {
                wrong.add(what + " has more after its JSON document: " + body);
            }
        } catch (RuntimeException e) {
            wrong.add(what + " is not one JSON document (" + e.getMessage() + "): " + body);
        }
    }

    /** The body of a chunked response; anything after the last chunk is reported. */
    private static String unchunk(byte[] all, int at, String path, ConcurrentLinkedQueue<String> wrong) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = at;
        while (i < all.length) {
            int lineEnd = indexOf(all, i);
            if (lineEnd < 0) {
                wrong.add(path + ": broken chunk header");
                break;
            }
            int size = Integer.parseInt(
                    new String(all, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            i = lineEnd + 2;
            if (size == 0) {
                int rest = all.length - (i + 2);
                if (rest > 0) {
                    wrong.add(path + ": " + rest + " bytes after the last chunk: "
                            + new String(all, i, all.length - i, StandardCharsets.UTF_8));
                }
                break;
            }
            body.write(all, i, Math.min(size, all.length - i));
            i += size + 2;
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

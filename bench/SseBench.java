import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Holds N Server-Sent Events connections to /live/breaking on one thread (NIO), posts breaking
 * items through the API and measures, for every connection, how long after the POST began the item
 * arrived. Between rounds it asks the server JVM (jcmd) for its heap after a full GC, while all
 * connections are held.
 *
 * <p>Run: {@code java bench/SseBench.java HOST PORT CONNECTIONS API_TOKEN SERVER_PID [ROUNDS]}
 */
public class SseBench {
    static final class Conn {
        final SocketChannel channel;
        final StringBuilder text = new StringBuilder();
        boolean streaming;
        long deliveredAt;

        Conn(SocketChannel channel) {
            this.channel = channel;
        }
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        String token = args[3];
        String pid = args[4];
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        heap(pid, "heap before any stream");
        Selector selector = Selector.open();
        List<Conn> conns = new ArrayList<>();
        byte[] request = ("GET /live/breaking HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: text/event-stream\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long connectStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            SocketChannel c = SocketChannel.open();
            c.configureBlocking(true);
            c.connect(new InetSocketAddress(host, port));
            c.write(ByteBuffer.wrap(request));
            c.configureBlocking(false);
            Conn conn = new Conn(c);
            c.register(selector, SelectionKey.OP_READ, conn);
            conns.add(conn);
            if (i % 200 == 199) {
                pump(selector, 0, null);
            }
        }
        // Wait until every stream has answered (headers and its first frame).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (conns.stream().anyMatch(c -> !c.streaming) && System.nanoTime() < deadline) {
            pump(selector, 100, null);
        }
        long streaming = conns.stream().filter(c -> c.streaming).count();
        System.out.printf("connections: %d open and streaming of %d, in %.1f s%n", streaming, n,
                (System.nanoTime() - connectStart) / 1e9);
        heap(pid, "heap with " + streaming + " streams");

        HttpClient http = HttpClient.newHttpClient();
        for (int round = 1; round <= rounds; round++) {
            String marker = "bench-" + round + "-" + System.nanoTime();
            for (Conn c : conns) {
                c.deliveredAt = 0;
                c.text.setLength(0);
            }
            String body = "{\"text\":\"خبر عاجل لقياس التوصيل " + marker + "\"}";
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/breaking"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + r.statusCode() + ": " + r.body());
            }
            long end = System.nanoTime() + 10_000_000_000L;
            while (conns.stream().anyMatch(c -> c.deliveredAt == 0) && System.nanoTime() < end) {
                pump(selector, 50, marker);
            }
            long[] millis = conns.stream().filter(c -> c.deliveredAt != 0).mapToLong(c -> (c.deliveredAt - start) / 1_000_000).sorted().toArray();
            System.out.printf("round %d: delivered to %d of %d; p50 %d ms, p99 %d ms, max %d ms (the POST itself took %d ms)%n",
                    round, millis.length, n, pct(millis, 50), pct(millis, 99), millis.length == 0 ? -1 : millis[millis.length - 1],
                    (answered - start) / 1_000_000);
            Thread.sleep(1000);
        }
        heap(pid, "heap after the rounds");
        for (Conn c : conns) {
            c.channel.close();
        }
    }

    /** Reads what has arrived; marks a connection streaming on its first frame, delivered when the marker shows. */
    static void pump(Selector selector, long timeoutMillis, String marker) throws IOException {
        if (timeoutMillis == 0 ? selector.selectNow() == 0 : selector.select(timeoutMillis) == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Conn c = (Conn) key.attachment();
            buf.clear();
            int read = c.channel.read(buf);
            if (read < 0) {
                key.cancel();
                continue;
            }
            String chunk = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            c.text.append(chunk);
            if (!c.streaming && c.text.indexOf("event: breaking") >= 0) {
                c.streaming = true;
                if (c.text.indexOf("text/event-stream") < 0) {
                    throw new IllegalStateException("not an event stream: " + c.text);
                }
                c.text.setLength(0);
            }
            if (marker != null && c.deliveredAt == 0 && c.text.indexOf(marker) >= 0) {
                c.deliveredAt = System.nanoTime();
            }
            if (c.text.length() > 1 << 20) {
                c.text.delete(0, c.text.length() - 4096);
            }
        }
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

    /** Full GC in the server, then its heap figures ("jcmd PID GC.heap_info"). */
    static void heap(String pid, String label) throws Exception {
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        System.out.println(label + ":");
        Arrays.stream(info.split("\n")).filter(l -> l.contains("total") || l.contains("used") || l.contains("Metaspace"))
                .limit(3).forEach(l -> System.out.println("  " + l.strip()));
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}

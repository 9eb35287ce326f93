package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.OtherNode;
import com.nashir.testing.SseClient;
import com.nashir.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL only: two Nashir nodes on one schema. A breaking item posted on node A reaches a
 * reader connected to node B within a second (LISTEN/NOTIFY, no polling), and when B's LISTEN
 * connection is cut, B reconnects and catches up from the event table, losing nothing.
 */
@IntegrationTest
class LiveBreakingTwoNodesIT {
    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    Http nodeA;
    final List<Long> posted = new ArrayList<>();

    @AfterEach
    void deletePosted() {
        for (long id : posted) {
            nodeA.api("DELETE", "/api/v1/breaking/" + id, null);
        }
    }

    @Test
    void anItemPostedOnOneNodeReachesReadersOfTheOtherWithinASecond() throws Exception {
        Assumptions.assumeTrue("postgres".equals(TestDatabase.engine()), "several nodes share PostgreSQL only");
        nodeA = new Http(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (ConfigurableApplicationContext nodeB = OtherNode.startPlain(env)) {
            int portB = OtherNode.port(nodeB);
            Http httpB = new Http(portB);
            try (SseClient sse = SseClient.open(httpB.base(), "/live/breaking", null)) {
                sse.next(Duration.ofSeconds(5));
                for (int i = 0; i < 3; i++) {
                    String text = "من العقدة أ إلى العقدة ب " + i + " " + tag;
                    long before = System.currentTimeMillis();
                    long id = post(text);
                    SseClient.Event e = sse.await(ev -> ev.texts().contains(text), Duration.ofSeconds(5));
                    assertThat(e.data().get("item").asLong()).isEqualTo(id);
                    assertThat(e.receivedAt() - before)
                            .as("ms from the POST on A to the event on B")
                            .isLessThan(1000);
                }

                // Cut B's LISTEN connection; what A posts meanwhile still reaches B's reader.
                String channel = com.nashir.system.NodeNotifications.listenerName(schema());
                terminateListeners(channel);
                String during = "أثناء انقطاع الإصغاء " + tag;
                long before = System.currentTimeMillis();
                post(during);
                SseClient.Event e = sse.await(ev -> ev.texts().contains(during), Duration.ofSeconds(10));
                assertThat(e.receivedAt() - before)
                        .as("ms to catch up after the cut")
                        .isLessThan(8000);

                String after = "بعد إعادة الإصغاء " + tag;
                waitForListeners(channel, 2);
                long t = System.currentTimeMillis();
                post(after);
                SseClient.Event e2 = sse.await(ev -> ev.texts().contains(after), Duration.ofSeconds(5));
                assertThat(e2.receivedAt() - t).isLessThan(1000);
            }
        }
    }

    private long post(String text) {
        var r = nodeA.api("POST", "/api/v1/breaking", Http.json(Map.of("text", text)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        posted.add(id);
        return id;
    }

    private String schema() {
        String url = env.getRequiredProperty("spring.datasource.url");
        return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    }

    /** Ends the LISTEN sessions of both nodes (they are named after the channel). */
    private static void terminateListeners(String channel) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "");
                var s = c.prepareStatement(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
            s.setString(1, channel);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("LISTEN sessions cut").isEqualTo(2);
            }
        }
    }

    private static void waitForListeners(String channel, int count) {
        org.awaitility.Awaitility.await("the nodes LISTEN again")
                .atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> listeners(channel) >= count);
    }

    private static int listeners(String channel) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, "");
                var s = c.prepareStatement("select count(*) from pg_stat_activity where application_name = ?")) {
            s.setString(1, channel);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

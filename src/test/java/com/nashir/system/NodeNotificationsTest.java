package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeNotificationsTest {
    @Test
    void channelsAndTheListenerAreNamedAfterTheSchema() {
        assertThat(NodeNotifications.identifier("nashir_breaking_t_0123abcd")).isEqualTo("nashir_breaking_t_0123abcd");
        assertThat(NodeNotifications.listenerName("t_0123abcd")).isEqualTo("nashir_listen_t_0123abcd");
    }

    @Test
    void namesArePlainIdentifiersOfAtMost63Characters() {
        assertThat(NodeNotifications.identifier("nashir_content_News-Site; drop table x"))
                .isEqualTo("nashir_content_news_site__drop_table_x");
        assertThat(NodeNotifications.identifier("nashir_" + "x".repeat(100))).hasSize(63);
    }

    @Test
    void manyKeysAreSplitIntoPayloadsPostgresAccepts() {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < 3_000; i++) {
            keys.add(ContentKeys.article(1_000_000 + i));
        }
        List<String> payloads = ChangeBroadcast.payloads(keys);
        assertThat(payloads).hasSizeGreaterThan(1);
        assertThat(payloads)
                .allSatisfy(p -> assertThat(p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(NodeNotifications.MAX_PAYLOAD_BYTES));
        Set<String> back = new java.util.HashSet<>();
        payloads.forEach(p -> back.addAll(List.of(p.split(" "))));
        assertThat(back).isEqualTo(keys);
    }
}

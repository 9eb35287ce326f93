package com.nashir.breaking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakingChannelTest {

    @Test
    void channelIsNamedAfterTheSchema() {
        assertThat(BreakingChannel.channelFor("t_0123abcd")).isEqualTo("nashir_breaking_t_0123abcd");
        assertThat(BreakingChannel.channelFor(null)).isEqualTo("nashir_breaking_public");
    }

    @Test
    void channelIsAPlainIdentifierOfAtMost63Characters() {
        assertThat(BreakingChannel.channelFor("News-Site; drop table x")).isEqualTo("nashir_breaking_news_site__drop_table_x");
        assertThat(BreakingChannel.channelFor("x".repeat(100))).hasSize(63);
    }
}

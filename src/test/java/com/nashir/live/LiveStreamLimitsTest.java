package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiveStreamLimitsTest {
    @Test
    void eachAddressGetsItsShareAndGivesItBack() {
        LiveStreamLimits limits = new LiveStreamLimits(100, 2);
        assertThat(limits.admit("a")).isTrue();
        assertThat(limits.admit("a")).isTrue();
        assertThat(limits.admit("a")).isFalse();
        assertThat(limits.admit("b")).isTrue();
        assertThat(limits.open()).isEqualTo(3);
        limits.release("a");
        assertThat(limits.open("a")).isEqualTo(1);
        assertThat(limits.admit("a")).isTrue();
        limits.release("a");
        limits.release("a");
        limits.release("b");
        assertThat(limits.open()).isZero();
        assertThat(limits.open("a")).isZero();
    }

    @Test
    void theNodeLimitHoldsAcrossAddressesAndARefusalCountsNothing() {
        LiveStreamLimits limits = new LiveStreamLimits(2, 10);
        assertThat(limits.admit("a")).isTrue();
        assertThat(limits.admit("b")).isTrue();
        assertThat(limits.admit("c")).isFalse();
        assertThat(limits.open()).isEqualTo(2);
        assertThat(limits.open("c")).isZero();
        limits.release("b");
        assertThat(limits.admit("c")).isTrue();
    }

    @Test
    void limitsMustAllowAtLeastOneStream() {
        assertThatThrownBy(() -> new LiveStreamLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneIpv6Slash64CountsAsOneClient() {
        LiveStreamLimits limits = new LiveStreamLimits(100, 2);
        assertThat(limits.admit("2001:db8:1:2::1")).isTrue();
        assertThat(limits.admit("2001:db8:1:2::2")).isTrue();
        assertThat(limits.admit("2001:db8:1:2:ffff::3")).isFalse();
        assertThat(limits.admit("2001:db8:1:3::1")).isTrue();
        limits.release("2001:db8:1:2::2");
        assertThat(limits.admit("2001:db8:1:2::99")).isTrue();
    }

    @Test
    void theNodeLimitFollowsTheHeap() {
        // half of 512 MB at 64 KB a stream
        assertThat(LiveStreamLimits.heapCap(512L << 20, 64 << 10)).isEqualTo(4096);
        assertThat(LiveStreamLimits.heapCap(1 << 20, 1 << 30)).isEqualTo(1);
        LiveStreamLimits limits =
                new LiveStreamLimits(20_000, 100, org.springframework.util.unit.DataSize.ofMegabytes(1), 100_000);
        assertThat(limits.maxStreams())
                .isLessThan(20_000)
                .isEqualTo(LiveStreamLimits.heapCap(Runtime.getRuntime().maxMemory(), 1 << 20));
    }

    @Test
    void streamsLeaveTomcatConnectionsForPages() {
        // Tomcat's default 8,192 connections: streams take at most 7,168, whatever the heap holds.
        assertThat(LiveStreamLimits.connectionCap(8192)).isEqualTo(7168);
        assertThat(LiveStreamLimits.connectionCap(1000)).isEqualTo(744);
        LiveStreamLimits limits =
                new LiveStreamLimits(20_000, 100, org.springframework.util.unit.DataSize.ofBytes(1), 8192);
        assertThat(limits.maxStreams()).isEqualTo(7168);
    }
}

package com.nashir.web;

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
}

package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The machine's load, read at most once a second; busy from the configured share of the processors. */
class ProcessorLoadTest {
    final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    final AtomicInteger readings = new AtomicInteger();
    double load = 0.9;

    final ProcessorLoad processors = new ProcessorLoad(
            0.75,
            () -> {
                readings.incrementAndGet();
                return load;
            },
            nanos::get);

    @Test
    void busyFromTheThreshold() {
        assertThat(processors.busy()).isTrue();
    }

    @Test
    void readAtMostOnceASecond() {
        processors.busy();
        load = 0.1;
        nanos.addAndGet(900_000_000L);
        assertThat(processors.busy()).as("the last reading stands for a second").isTrue();
        assertThat(readings).hasValue(1);

        nanos.addAndGet(100_000_000L);
        assertThat(processors.busy()).isFalse();
        assertThat(readings).hasValue(2);
    }

    @Test
    void anUnknownLoadIsQuiet() {
        load = -1;
        assertThat(processors.busy()).isFalse();
    }

    @Test
    void aThresholdAboveOneIsNeverBusy() {
        load = 1.0;
        assertThat(new ProcessorLoad(2, () -> load, nanos::get).busy()).isFalse();
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        assertThatThrownBy(() -> new ProcessorLoad(0, () -> load, nanos::get))
                .hasMessageContaining("nashir.search.busy-load");
    }
}

package com.nashir.search;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this machine's processors are busy ({@code nashir.search.busy-load} of them or more,
 * 0.75): then the related-article searches that only improve a page yield to the pages themselves
 * ({@link RelatedArticles}: no search on the spot; {@link RelatedBackfill}: one list a round). Read
 * at most once a second: the operating system's figure is the load since the previous reading, so
 * readings taken by every request would each cover a few microseconds.
 */
@Component
class ProcessorLoad {
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final double busyAt;
    private final DoubleSupplier source;
    private final LongSupplier nanoTime;
    private final AtomicLong readAt;
    private volatile double reading;

    @Autowired
    ProcessorLoad(@Value("${nashir.search.busy-load:0.75}") double busyAt) {
        this(busyAt, ProcessorLoad::machine, System::nanoTime);
    }

    /** {@code source}: the machine's recent load, 0 to 1, negative when unknown (counts as quiet). */
    ProcessorLoad(double busyAt, DoubleSupplier source, LongSupplier nanoTime) {
        if (!(busyAt > 0)) {
            throw new IllegalArgumentException("nashir.search.busy-load must be above 0: " + busyAt);
        }
        this.busyAt = busyAt;
        this.source = source;
        this.nanoTime = nanoTime;
        this.readAt = new AtomicLong(nanoTime.getAsLong() - EVERY_NANOS);
    }

    boolean busy() {
        return recent() >= busyAt;
    }

    /** The share of the machine's processors in use over about the last second (0 to 1; negative when unknown). */
    double recent() {
        long now = nanoTime.getAsLong();
        long last = readAt.get();
        if (now - last >= EVERY_NANOS && readAt.compareAndSet(last, now)) {
            reading = source.getAsDouble();
        }
        return reading;
    }

    private static double machine() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getCpuLoad()
                : -1;
    }
}

package com.nashir.web;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many live streams this node keeps open: in all, and per client address. An open stream is
 * cheap (a socket and a small object) but not free, so one address opening thousands must not
 * exhaust the node's sockets for everybody. The per-address limit is generous because many
 * readers can share one address (offices, mobile carriers' NAT); a refused reader's page retries
 * with a growing delay, and the strip stays readable in the page without the stream.
 */
@Component
final class LiveStreamLimits {
    private final int maxStreams;
    private final int maxPerAddress;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();

    LiveStreamLimits(@Value("${nashir.live.max-streams:20000}") int maxStreams,
                     @Value("${nashir.live.max-streams-per-address:100}") int maxPerAddress) {
        if (maxStreams < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("live stream limits must be at least 1");
        }
        this.maxStreams = maxStreams;
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts a new stream from {@code address}; false (and nothing counted) when a limit is reached. */
    boolean admit(String address) {
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return false;
        }
        boolean[] admitted = {false};
        byAddress.compute(address, (a, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            if (count.get() < maxPerAddress) {
                count.incrementAndGet();
                admitted[0] = true;
            }
            return count.get() == 0 ? null : count;
        });
        if (!admitted[0]) {
            open.decrementAndGet();
        }
        return admitted[0];
    }

    /** A stream admitted for {@code address} has ended (called once per admitted stream). */
    void release(String address) {
        byAddress.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        open.decrementAndGet();
    }

    int maxPerAddress() {
        return maxPerAddress;
    }

    int open() {
        return open.get();
    }

    int open(String address) {
        AtomicInteger n = byAddress.get(address);
        return n == null ? 0 : n.get();
    }
}

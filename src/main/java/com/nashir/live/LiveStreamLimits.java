package com.nashir.live;

import com.nashir.system.ClientAddresses;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How many live streams this node keeps open: in all, and per client. An open stream is cheap (a
 * socket and a few KB of heap, see {@link LiveClient}) but not free, so the node's limit is
 * the configured one or what {@link #HEAP_SHARE} of the heap holds at the measured cost per
 * stream, whichever is lower: a node with a small heap refuses streams (503, the page keeps the
 * strip it was rendered with) instead of running out of memory. Per client, an IPv4 address or an
 * IPv6 /64 counts as one ({@link ClientAddresses}); that limit is generous because many readers can
 * share one address (offices, mobile carriers' NAT).
 */
@Component
final class LiveStreamLimits {
    /** The part of the heap that open streams may take; the rest serves pages. */
    static final double HEAP_SHARE = 0.5;

    private final int maxStreams;
    private final int maxPerAddress;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();

    @Autowired
    LiveStreamLimits(
            @Value("${nashir.live.max-streams:20000}") int maxStreams,
            @Value("${nashir.live.max-streams-per-address:100}") int maxPerAddress,
            @Value("${nashir.live.stream-heap:8KB}") DataSize streamHeap,
            @Value("${server.tomcat.max-connections:8192}") int maxConnections) {
        this(
                Math.min(
                        Math.min(maxStreams, heapCap(Runtime.getRuntime().maxMemory(), streamHeap.toBytes())),
                        connectionCap(maxConnections)),
                maxPerAddress);
    }

    LiveStreamLimits(int maxStreams, int maxPerAddress) {
        if (maxStreams < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("live stream limits must be at least 1");
        }
        this.maxStreams = maxStreams;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * How many of Tomcat's connections streams may hold: all but an eighth (at least 256), kept for
     * pages. Each stream is a connection, and once Tomcat holds {@code max-connections} it accepts
     * no other, so streams up to that number would leave readers of pages waiting at the door.
     */
    static int connectionCap(int maxConnections) {
        return Math.max(1, maxConnections - Math.max(256, maxConnections / 8));
    }

    /** How many streams of {@code streamHeap} bytes fit in {@link #HEAP_SHARE} of a heap of {@code maxHeap} bytes. */
    static int heapCap(long maxHeap, long streamHeap) {
        long cap = (long) (maxHeap * HEAP_SHARE) / Math.max(1, streamHeap);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, cap));
    }

    /** Counts a new stream from {@code address}; false (and nothing counted) when a limit is reached. */
    boolean admit(String address) {
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return false;
        }
        boolean[] admitted = {false};
        byAddress.compute(ClientAddresses.limitKey(address), (a, n) -> {
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
        byAddress.computeIfPresent(ClientAddresses.limitKey(address), (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        open.decrementAndGet();
    }

    int maxStreams() {
        return maxStreams;
    }

    int maxPerAddress() {
        return maxPerAddress;
    }

    int open() {
        return open.get();
    }

    int open(String address) {
        AtomicInteger n = byAddress.get(ClientAddresses.limitKey(address));
        return n == null ? 0 : n.get();
    }
}

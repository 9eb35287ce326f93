package com.nashir.media;

import com.nashir.system.BusyException;
import com.nashir.system.Messages;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The heap that image decoding may hold at once, in megabytes: a third of the heap (at least one
 * largest decode). An upload reserves what its pixels will take (width × height × bytes per pixel,
 * about three times over for the decoded, converted and scaled copies) before decoding, and waits
 * a while for room; if none comes, it is answered "busy, try again" (503) instead of four
 * simultaneous decodes taking the whole heap and failing as "corrupt file".
 */
final class DecodeBudget {
    static final String BUSY = Messages.text("media.busy");
    /** Copies of the pixels alive while an upload is processed: decoded, converted to RGB, the largest rendition. */
    static final int COPIES = 3;

    private final Semaphore megabytes;
    private final int total;
    private final long waitMillis;

    DecodeBudget(long maxHeapBytes, long waitMillis) {
        long perDecode = ImageDecoder.DECODE_BYTE_BUDGET * COPIES >> 20;
        this.total = (int) Math.max(perDecode, (maxHeapBytes / 3) >> 20);
        this.megabytes = new Semaphore(total, true);
        this.waitMillis = waitMillis;
    }

    /** What decoding these pixels reserves, in MB (at least 1, at most the whole budget). */
    int cost(long decodedBytes) {
        long mb = (decodedBytes * COPIES + (1 << 20) - 1) >> 20;
        return (int) Math.max(1, Math.min(total, mb));
    }

    /** Reserves {@code mb}, waiting up to the configured time; throws {@link BusyException} when no room comes. */
    void acquire(int mb) {
        try {
            if (!megabytes.tryAcquire(mb, waitMillis, TimeUnit.MILLISECONDS)) {
                throw new BusyException(BUSY, 10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(BUSY, 10);
        }
    }

    void release(int mb) {
        megabytes.release(mb);
    }

    int available() {
        return megabytes.availablePermits();
    }
}

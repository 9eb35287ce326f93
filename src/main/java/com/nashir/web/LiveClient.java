package com.nashir.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open event stream. Writes are non-blocking (Servlet WriteListener): a frame that the socket
 * cannot take now waits in this client's queue and goes out when Tomcat calls
 * {@link #onWritePossible}; no thread ever waits on a slow reader. A reader that falls more than
 * {@link #MAX_QUEUED} bytes behind is disconnected: its browser reconnects with Last-Event-ID and
 * catches up from there.
 *
 * <p>The hub's thread and Tomcat's thread (in {@link #onWritePossible}) both write, one at a time
 * under {@link #writing}. Tomcat's end-of-request callbacks wait for a write in progress to finish
 * (at most {@link #END_WAIT_MS}) before marking the stream closed: once Tomcat recycles the
 * response no write may still be under way, or its bytes could land in the next request that
 * reuses the response. The wait is bounded, so a write that itself waits on Tomcat cannot
 * deadlock with it.
 */
final class LiveClient implements WriteListener, AsyncListener {
    static final int MAX_QUEUED = 256 * 1024;
    static final long END_WAIT_MS = 250;

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final Consumer<LiveClient> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Tomcat is ending (or has ended) the request: nothing may be written any more. */
    private final AtomicBoolean ended = new AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();
    // Guarded by writing.
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>(4);
    private int queuedBytes;
    private boolean flushNeeded;
    // Tomcat makes the first onWritePossible call itself; writing starts only after it.
    private boolean writable;

    LiveClient(AsyncContext async, ServletOutputStream out, Consumer<LiveClient> onClose) {
        this.async = async;
        this.out = out;
        this.onClose = onClose;
    }

    /** Queues a frame and writes what the socket takes now. */
    void send(byte[] frame) {
        boolean ok;
        writing.lock();
        try {
            if (closed.get() || ended.get()) {
                return;
            }
            ok = queuedBytes + frame.length <= MAX_QUEUED;
            if (ok) {
                queue.add(frame);
                queuedBytes += frame.length;
                ok = drain();
            }
        } finally {
            writing.unlock();
        }
        if (!ok) {
            close();
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void onWritePossible() {
        boolean ok;
        writing.lock();
        try {
            writable = true;
            ok = drain();
        } finally {
            writing.unlock();
        }
        if (!ok) {
            close();
        }
    }

    /** Writes while the socket takes it; false when the stream is broken. */
    private boolean drain() {
        if (closed.get() || ended.get()) {
            queue.clear();
            queuedBytes = 0;
            return true;
        }
        if (!writable) {
            return true;
        }
        try {
            // isReady() false means Tomcat will call onWritePossible once the socket drains.
            while (out.isReady()) {
                byte[] next = queue.poll();
                if (next != null) {
                    queuedBytes -= next.length;
                    out.write(next);
                    flushNeeded = true;
                } else if (flushNeeded) {
                    flushNeeded = false;
                    out.flush();
                } else {
                    return true;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Broken pipe, or a stream Tomcat has already recycled (its facade is discarded and
            // throws): either way this reader is gone.
            return false;
        }
    }

    /** Ends the response (the browser will reconnect) and forgets the client. Any thread, no lock held. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                async.complete();
            } catch (IllegalStateException e) {
                // already completed by the container (client gone, time-out)
            }
            onClose.accept(this);
        }
    }

    @Override
    public void onError(Throwable t) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        stopWriting();
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        stopWriting();
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        stopWriting();
        close();
    }

    /** Tomcat is ending the request: let a write in progress finish, and no new one start. */
    private void stopWriting() {
        boolean held = false;
        try {
            held = writing.tryLock(END_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            ended.set(true);
        } finally {
            if (held) {
                writing.unlock();
            }
        }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}

package com.nashir.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open event stream. Writes are non-blocking (Servlet WriteListener): a frame that the socket
 * cannot take now waits in this client's queue and goes out after Tomcat calls
 * {@link #onWritePossible}; no thread ever waits on a slow reader. A reader that falls more than
 * {@link #MAX_QUEUED} bytes behind is disconnected: its browser reconnects with Last-Event-ID and
 * catches up from there.
 *
 * <p>All writing happens on one thread, the hub's ({@code writer}): Tomcat's callbacks only hand
 * work to it, so no lock of ours is ever taken while Tomcat holds its socket lock (and the reverse
 * order cannot deadlock either).
 */
final class LiveClient implements WriteListener, AsyncListener {
    static final int MAX_QUEUED = 256 * 1024;

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final Executor writer;
    private final Consumer<LiveClient> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Touched on the writer thread only.
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>(4);
    private int queuedBytes;
    private boolean flushNeeded;
    // Tomcat makes the first onWritePossible call itself; writing starts only after it.
    private boolean writable;

    LiveClient(AsyncContext async, ServletOutputStream out, Executor writer, Consumer<LiveClient> onClose) {
        this.async = async;
        this.out = out;
        this.writer = writer;
        this.onClose = onClose;
    }

    /** Queues a frame and writes what the socket takes now. Writer thread only. */
    void send(byte[] frame) {
        if (closed.get()) {
            return;
        }
        if (queuedBytes + frame.length > MAX_QUEUED) {
            close();
            return;
        }
        queue.add(frame);
        queuedBytes += frame.length;
        drain();
    }

    boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void onWritePossible() {
        writer.execute(() -> {
            writable = true;
            drain();
        });
    }

    private void drain() {
        if (closed.get()) {
            queue.clear();
            queuedBytes = 0;
            return;
        }
        if (!writable) {
            return;
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
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            close();
        }
    }

    /** Ends the response (the browser will reconnect) and forgets the client. Any thread. */
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
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}

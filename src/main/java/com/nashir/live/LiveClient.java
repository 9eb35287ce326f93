package com.nashir.live;

import com.nashir.system.TomcatSockets;
import jakarta.servlet.http.WebConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.coyote.http11.upgrade.InternalHttpUpgradeHandler;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SSLSupport;
import org.apache.tomcat.util.net.SocketBufferHandler;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open "عاجل" stream, after it has left Tomcat's HTTP processor.
 *
 * <p>Why: an HTTP request, even an asynchronous one, keeps its processor with all of Tomcat's
 * per-request buffers (request and response headers, the servlet's byte and character buffers:
 * 28 KB a stream even after trimming them, 100–127 KB before), and a few thousand open streams
 * then fill a heap. {@link LiveBreakingServlet} sends the response headers with
 * {@code Connection: close} (so the body is not chunked: it ends when the connection does) and
 * hands the connection to this handler with the Servlet API's {@code request.upgrade(…)}, the way
 * WebSocket leaves HTTP. Tomcat then pools the processor and its buffers for other requests; what
 * the stream keeps is its socket, this object and two small socket buffers (about 4 KB a stream,
 * {@code LiveStreamConnectionIT}).
 *
 * <p>It is one of Tomcat's internal upgrade handlers (as WebSocket's is) because the stream writes
 * to the socket without blocking and closes it itself: the Servlet API's {@code WebConnection}
 * can do neither from another thread. Frames that the socket cannot take now wait in this
 * client's queue and go when Tomcat says the socket drained ({@link SocketEvent#OPEN_WRITE}); no
 * thread ever waits on a slow reader, and a reader more than {@link #MAX_QUEUED} bytes behind is
 * disconnected (its browser reconnects with Last-Event-ID and catches up). A reader who leaves is
 * noticed at once: the closed socket is readable ({@link SocketEvent#OPEN_READ}, end of stream).
 *
 * <p>The hub's thread and Tomcat's threads write, close and give the socket buffers back one at a
 * time, under {@link #writing}.
 */
public final class LiveClient implements InternalHttpUpgradeHandler {
    private static final Logger log = LoggerFactory.getLogger(LiveClient.class);
    static final int MAX_QUEUED = 256 * 1024;
    /** The socket read buffer while a stream is open: a reader sends nothing; anything it does send is read a little at a time and dropped. */
    static final int STREAM_SOCKET_READ_BYTES = 128;
    /** The socket write buffer while a stream is open: a frame larger than this goes out in pieces. */
    static final int STREAM_SOCKET_WRITE_BYTES = 1024;

    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    // Set once, before Tomcat hands over the connection.
    private Consumer<LiveClient> onOpen = c -> {};
    private Consumer<LiveClient> onClose = c -> {};
    private long endsAt = Long.MAX_VALUE;
    // Guarded by writing.
    private SocketWrapperBase<?> socket;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>(4);
    private int queuedBytes;
    /** Write interest is registered: Tomcat will dispatch OPEN_WRITE when the socket drains. */
    private boolean waitingForSocket;
    /** The socket buffers' sizes before this stream shrank them (0: not shrunk). */
    private int socketBufferBytes;

    /** Tomcat makes the handler (public, no arguments); {@link #attach} then tells it what to do. */
    public LiveClient() {}

    /**
     * What happens when the connection is handed over ({@code onOpen}, on Tomcat's thread) and when
     * the stream ends, whichever way ({@code onClose}, exactly once, even if it never opened);
     * {@code lifetimeMillis}: the stream is ended after that long, and the browser reconnects.
     */
    void attach(Consumer<LiveClient> onOpen, Consumer<LiveClient> onClose, long lifetimeMillis) {
        this.onOpen = onOpen;
        this.onClose = onClose;
        this.endsAt = System.currentTimeMillis() + lifetimeMillis;
    }

    // ---- the hub's side

    /** Queues a frame and writes what the socket takes now. */
    void send(byte[] frame) {
        boolean ok;
        writing.lock();
        try {
            if (closed.get()) {
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

    /** Ends the stream if it has lived its time ({@code now}: epoch millis); its browser reconnects. */
    void endIfDue(long now) {
        if (now >= endsAt) {
            close();
        }
    }

    /** Ends the stream (the browser will reconnect) and forgets the client. Any thread. */
    void close() {
        SocketWrapperBase<?> s;
        writing.lock();
        try {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            s = socket;
            forget();
        } finally {
            writing.unlock();
        }
        if (s != null) {
            s.close(); // Tomcat releases its processor and counts the connection down
        }
        onClose.accept(this);
    }

    // ---- Tomcat's side

    @Override
    public void setSocketWrapper(SocketWrapperBase<?> wrapper) {
        writing.lock();
        try {
            socket = wrapper;
            shrinkSocketBuffers();
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void init(WebConnection connection) {
        onOpen.accept(this);
    }

    @Override
    public SocketState upgradeDispatch(SocketEvent event) {
        boolean open = switch (event) {
            case OPEN_READ -> readerStillThere();
            case OPEN_WRITE -> socketDrained();
            default -> false; // STOP, DISCONNECT, ERROR, TIMEOUT: Tomcat closes the connection
        };
        if (open) {
            return SocketState.UPGRADED;
        }
        // Tomcat closes the socket when this returns: no write may follow, and the pooled channel
        // must have its usual buffers again before another connection takes it.
        boolean first;
        writing.lock();
        try {
            first = closed.compareAndSet(false, true);
            forget();
        } finally {
            writing.unlock();
        }
        if (first) {
            onClose.accept(this);
        }
        return SocketState.CLOSED;
    }

    /** Streams end by age at the hub's heartbeat ({@link #endIfDue}), whether or not Tomcat still watches this connection. */
    @Override
    public void timeoutAsync(long now) {
        // nothing: see endIfDue
    }

    /** The connection is gone (or never came: the upgrade failed after the servlet asked for it). */
    @Override
    public void destroy() {
        if (closed.compareAndSet(false, true)) {
            writing.lock();
            try {
                forget();
            } finally {
                writing.unlock();
            }
            onClose.accept(this);
        }
    }

    @Override
    public void setSslSupport(SSLSupport sslSupport) {
        // nothing to do with it
    }

    @Override
    public void pause() {
        // a stopping node ends its streams itself (LiveBreakingHub.closeStreams)
    }

    // ---- under writing

    /** Reads what the reader sent (a reader sends nothing after its request; anything is dropped); false at its end. */
    private boolean readerStillThere() {
        writing.lock();
        try {
            if (closed.get() || socket == null) {
                return false;
            }
            byte[] dropped = new byte[STREAM_SOCKET_READ_BYTES];
            for (int i = 0; i < 64; i++) {
                int n = socket.read(false, dropped, 0, dropped.length);
                if (n < 0) {
                    return false;
                }
                if (n == 0) {
                    return true;
                }
            }
            return true; // more later: Tomcat dispatches again while there is something to read
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            writing.unlock();
        }
    }

    private boolean socketDrained() {
        writing.lock();
        try {
            waitingForSocket = false;
            return !closed.get() && drain();
        } finally {
            writing.unlock();
        }
    }

    /** Writes while the socket takes it; false when the stream is broken. */
    private boolean drain() {
        if (socket == null || waitingForSocket) {
            return true; // not handed over yet, or Tomcat will call back when the socket drains
        }
        try {
            while (true) {
                if (socket.flush(false)) {
                    // Bytes still waiting for the socket: Tomcat dispatches OPEN_WRITE when it drains.
                    waitingForSocket = true;
                    socket.registerWriteInterest();
                    return true;
                }
                byte[] next = queue.poll();
                if (next == null) {
                    return true;
                }
                queuedBytes -= next.length;
                socket.write(false, next, 0, next.length);
            }
        } catch (IOException | RuntimeException e) {
            return false; // broken pipe, or a socket Tomcat has closed: this reader is gone
        }
    }

    /** Nothing more goes to this socket; its buffers are the usual ones again. */
    private void forget() {
        queue.clear();
        queuedBytes = 0;
        if (socket != null && socketBufferBytes > 0 && !socket.isClosed()) {
            // expand() keeps what the buffers hold; Tomcat's pooled channel is then as it gave it.
            socket.getSocketBufferHandler().expand(socketBufferBytes);
        }
        socketBufferBytes = 0;
    }

    /**
     * Gives back the socket's read and write buffers (8 KB each by default) for small ones while
     * the stream is open, when they are empty and the channel is a plain one (a TLS channel keeps
     * its own). The Servlet API has no way to do this: {@link TomcatSockets} reaches the buffers.
     */
    private void shrinkSocketBuffers() {
        if (!TomcatSockets.available()
                || socket.getSocket() == null
                || socket.getSocket().getClass() != NioChannel.class
                || socket.hasDataToWrite()) {
            return;
        }
        SocketBufferHandler buffers = socket.getSocketBufferHandler();
        if (!buffers.isReadBufferEmpty()) {
            return; // bytes sent behind the request: read (and dropped) with the full buffer
        }
        try {
            int full = Math.max(
                    buffers.getReadBuffer().capacity(), buffers.getWriteBuffer().capacity());
            // Both are empty; reset() leaves them as a new channel's are.
            buffers.reset();
            TomcatSockets.setReadBuffer(buffers, ByteBuffer.allocate(STREAM_SOCKET_READ_BYTES));
            TomcatSockets.setWriteBuffer(buffers, ByteBuffer.allocate(STREAM_SOCKET_WRITE_BYTES));
            socketBufferBytes = full;
        } catch (RuntimeException e) {
            log.warn("live streams: could not shrink a socket's buffers ({})", e.toString());
        }
    }

    /** Whether this Tomcat's socket buffers can be given back while a stream is open. */
    static boolean socketBuffersShrinkable() {
        return TomcatSockets.available();
    }
}

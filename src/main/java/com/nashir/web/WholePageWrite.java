package com.nashir.web;

import com.nashir.system.TomcatSockets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tomcat.util.net.SocketBufferHandler;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Sends a page's headers and body in one {@code write} to the socket. Tomcat writes through each
 * connection's 8 KB buffer, so a 33 KB article sent as it is (to a client that does not ask for
 * compression: a crawler, a benchmark) left in five writes, each a trip through the kernel's TCP
 * stack; a 64 KB buffer for every connection made cached articles 45 % faster, but would cost
 * every open connection that much. Instead, while one page is written, the connection borrows a
 * larger buffer from a small shared pool and gives it back once the page has left: memory stays
 * the pool's (a few buffers of {@link #LARGEST} bytes), whatever the number of connections.
 * When the pool is empty, the page is too large, the response is wrapped, or the connection is
 * not plain HTTP/1.1 (TLS, HTTP/2), the page goes out the usual way.
 */
final class WholePageWrite {
    /** The largest page (with its headers) sent this way: articles, listings and the home page fit. */
    static final int LARGEST = 128 * 1024;
    /** Room for the status line and headers in front of the body (Tomcat's own limit for them is 8 KB). */
    private static final int HEADERS = 8 * 1024;
    /** What a page's headers usually take (a cached article's: about 1 KB): a body with this much room fits. */
    private static final int USUAL_HEADERS = 2 * 1024;

    private final ConcurrentLinkedQueue<ByteBuffer> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger made = new AtomicInteger();
    private final int poolSize;

    WholePageWrite(int poolSize) {
        this.poolSize = poolSize;
    }

    /** Two buffers a processor: pages leave as fast as the processors fill them. */
    static WholePageWrite forThisMachine() {
        return new WholePageWrite(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Writes {@code body} as the response's content (its headers set, Content-Length included) and
     * flushes it; false, having written nothing, when this way does not apply: the caller then
     * writes the body itself.
     */
    boolean write(HttpServletResponse response, byte[] body) throws IOException {
        if (body.length + HEADERS > LARGEST || response.isCommitted()) {
            return false;
        }
        SocketWrapperBase<?> socket = TomcatSockets.plainConnection(response);
        if (socket == null) {
            return false;
        }
        SocketBufferHandler buffers = socket.getSocketBufferHandler();
        if (!buffers.isWriteBufferEmpty() || buffers.getWriteBuffer().capacity() >= body.length + USUAL_HEADERS) {
            return false; // something is waiting to leave, or the page fits the connection's own buffer
        }
        ByteBuffer larger = borrow();
        if (larger == null) {
            return false;
        }
        buffers.configureWriteBufferForWrite();
        ByteBuffer own = buffers.getWriteBuffer();
        TomcatSockets.setWriteBuffer(buffers, larger);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer(); // headers and body: one write, blocking until the kernel has all of it
        } finally {
            // Empty after the flush (after a failed one the connection is closed, and what is left is dropped).
            buffers.configureWriteBufferForWrite();
            TomcatSockets.setWriteBuffer(buffers, own.clear());
            pool.offer(larger);
        }
        return true;
    }

    private ByteBuffer borrow() {
        ByteBuffer b = pool.poll();
        if (b != null) {
            return b.clear();
        }
        // Made on first need, never more than the pool's size; past it, pages go the usual way.
        if (made.getAndUpdate(n -> n < poolSize ? n + 1 : n) < poolSize) {
            return ByteBuffer.allocateDirect(LARGEST);
        }
        return null;
    }
}

package com.nashir.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the per-request buffers Tomcat keeps for an open live stream. Tomcat sizes a request
 * for any request: 8 KB of response bytes, 8 KB of request bytes and two 8,192-character buffers
 * for readers and writers, about 49 KB of the ~126 KB one open stream held (measured with
 * {@code jcmd GC.class_histogram}, bench/sse.sh). A stream reads nothing and writes bytes only, so
 * while it is open those buffers are replaced by small ones, and at its end (Tomcat's
 * {@code onComplete}, on the container thread, before Tomcat recycles the request for the next
 * one) buffers of the usual sizes are put back.
 *
 * <p>The 8 KB response-header buffer is left alone: it belongs to Tomcat's connection processor,
 * which serves the next request on that connection or another one, and a stream dropped at the
 * wrong moment could hand it on empty: the next answer then had no room for its status line
 * (HeadersTooLargeException, the client got no bytes; {@code LiveStreamStressIT} caught it).
 *
 * <p>The Servlet API offers no way to do this, so it reaches into Tomcat's connector objects by
 * name. {@code LiveStreamBuffersIT} fails if a Tomcat upgrade renames them; until then a node
 * whose Tomcat does not match logs it once and keeps the full buffers (the heap-derived stream
 * limit then simply admits fewer streams than it could).
 */
final class LiveStreamBuffers {
    private static final Logger log = LoggerFactory.getLogger(LiveStreamBuffers.class);
    /** What the stream writes through: a frame larger than this goes out in pieces of this size. */
    static final int STREAM_OUTPUT_BYTES = 1024;

    private static final Fields FIELDS = Fields.find();
    private static final java.util.concurrent.atomic.AtomicInteger SHRUNK = new java.util.concurrent.atomic.AtomicInteger();

    private LiveStreamBuffers() {}

    /** Whether this Tomcat's buffers can be shrunk (false: the stream keeps Tomcat's full buffers). */
    static boolean available() {
        return FIELDS != null;
    }

    /** Open streams holding small buffers now (shrunk and not yet restored). */
    static int shrunk() {
        return SHRUNK.get();
    }

    /**
     * Shrinks the buffers of an async request whose response headers are already sent, and
     * registers their restoration at its end. Does nothing on a container it does not know.
     */
    static void shrink(ServletRequest request, AsyncContext async) {
        if (FIELDS == null) {
            return;
        }
        ServletRequest r = request;
        while (r instanceof ServletRequestWrapper w) {
            r = w.getRequest();
        }
        if (!(r instanceof org.apache.catalina.connector.RequestFacade facade)) {
            return;
        }
        try {
            if (FIELDS.shrink(facade)) {
                SHRUNK.incrementAndGet();
                async.addListener(new Restore(facade));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("live streams: could not shrink Tomcat's buffers ({})", e.toString());
        }
    }

    /** Puts buffers of the usual sizes back before Tomcat recycles the request. */
    private record Restore(org.apache.catalina.connector.RequestFacade facade) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            SHRUNK.decrementAndGet();
            try {
                FIELDS.restore(facade);
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.error("live streams: could not restore Tomcat's buffers ({})", e.toString());
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }

    /** Tomcat's fields, looked up once. */
    private record Fields(Field facadeRequest, Field inputBuffer, Field inBytes, Field inChars, Field inSize,
                          Field outputBuffer, Field outBytes, Field outChars, Field outSize) {
        static Fields find() {
            try {
                return new Fields(field(org.apache.catalina.connector.RequestFacade.class, "request"),
                        field(org.apache.catalina.connector.Request.class, "inputBuffer"),
                        field(org.apache.catalina.connector.InputBuffer.class, "bb"),
                        field(org.apache.catalina.connector.InputBuffer.class, "cb"),
                        field(org.apache.catalina.connector.InputBuffer.class, "size"),
                        field(org.apache.catalina.connector.Response.class, "outputBuffer"),
                        field(org.apache.catalina.connector.OutputBuffer.class, "bb"),
                        field(org.apache.catalina.connector.OutputBuffer.class, "cb"),
                        field(org.apache.catalina.connector.OutputBuffer.class, "defaultBufferSize"));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                log.info("live streams keep Tomcat's full request buffers: {}", e.toString());
                return null;
            }
        }

        private static Field field(Class<?> type, String name) throws NoSuchFieldException {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }

        /** Shrinks; false when nothing was done. */
        boolean shrink(org.apache.catalina.connector.RequestFacade facade) throws ReflectiveOperationException {
            org.apache.catalina.connector.Request request = (org.apache.catalina.connector.Request) facadeRequest.get(facade);
            Object in = inputBuffer.get(request);
            Object out = outputBuffer.get(request.getResponse());
            ByteBuffer outBb = (ByteBuffer) outBytes.get(out);
            if (outBb.remaining() > 0) {
                return false; // bytes still waiting: leave this stream alone
            }
            inBytes.set(in, cleared(ByteBuffer.allocate(0)));
            inChars.set(in, cleared(CharBuffer.allocate(0)));
            outBytes.set(out, cleared(ByteBuffer.allocate(STREAM_OUTPUT_BYTES)));
            outChars.set(out, cleared(CharBuffer.allocate(1)));
            return true;
        }

        void restore(org.apache.catalina.connector.RequestFacade facade) throws ReflectiveOperationException {
            org.apache.catalina.connector.Request request = (org.apache.catalina.connector.Request) facadeRequest.get(facade);
            if (request == null) {
                return;
            }
            Object in = inputBuffer.get(request);
            int inSizeChars = inSize.getInt(in);
            inBytes.set(in, cleared(ByteBuffer.allocate(inSizeChars)));
            inChars.set(in, cleared(CharBuffer.allocate(inSizeChars)));
            Object out = outputBuffer.get(request.getResponse());
            int outBytesSize = outSize.getInt(out);
            ByteBuffer outBb = (ByteBuffer) outBytes.get(out);
            if (outBb.capacity() < outBytesSize) {
                ByteBuffer bigger = ByteBuffer.allocate(outBytesSize);
                bigger.put(outBb); // anything not yet written (normally nothing) stays
                bigger.flip();
                outBytes.set(out, bigger);
            }
            outChars.set(out, cleared(CharBuffer.allocate(outBytesSize)));
        }

        /** Tomcat keeps its buffers in read mode when empty: position 0, limit 0. */
        private static <B extends Buffer> B cleared(B buffer) {
            buffer.rewind().limit(0);
            return buffer;
        }
    }
}

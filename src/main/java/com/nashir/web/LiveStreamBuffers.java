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
 * Gives back the buffers Tomcat keeps for an open live stream. Tomcat sizes every request and
 * connection for any request; a stream has read its request and sent its headers, then only writes
 * small frames. While it is open:
 *
 * <ul>
 *   <li>the request's reader and writer buffers (8 KB of bytes each way, two 8,192-character
 *       buffers) become small ones, and are put back in {@code onComplete}, before Tomcat recycles
 *       the request;
 *   <li>the connection's buffers (the request-header buffer, 16 KB + 8 KB; the 8 KB
 *       response-header buffer; the socket's 8 KB read and write buffers) become a copy of the
 *       bytes received, an empty buffer and small socket buffers, and are put back by
 *       {@link LiveStreamProtocol}'s processor before it parses the next request, on that
 *       connection or another, whichever way the stream ended.
 * </ul>
 *
 * <p>That took a stream from ~74 KB to ~27 KB of heap ({@code jcmd GC.class_histogram},
 * bench/sse.sh; docs/live.md has the figures and what holds the rest).
 *
 * <p>The Servlet API offers no way to do this, so it reaches into Tomcat's connector objects by
 * name, here and nowhere else. {@code LiveStreamBuffersIT} fails if a Tomcat upgrade renames them;
 * until then a node whose Tomcat does not match logs it once and keeps the full buffers (the
 * heap-derived stream limit then admits fewer streams than it could).
 */
final class LiveStreamBuffers {
    private static final Logger log = LoggerFactory.getLogger(LiveStreamBuffers.class);
    /** What the stream writes through: a frame larger than this goes out in pieces of this size. */
    static final int STREAM_OUTPUT_BYTES = 1024;

    private static final Fields FIELDS = Fields.find();
    private static final java.util.concurrent.atomic.AtomicInteger SHRUNK = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicLong CONNECTIONS_SHRUNK = new java.util.concurrent.atomic.AtomicLong();
    /** The socket read buffer while a stream is open: nothing is read then (no read interest), a few bytes keep any read making progress. */
    static final int STREAM_SOCKET_READ_BYTES = 128;
    /** The socket write buffer while a stream is open: one output buffer's worth and a chunk header. */
    static final int STREAM_SOCKET_WRITE_BYTES = STREAM_OUTPUT_BYTES + 32;

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
                org.apache.catalina.connector.Request catalina = (org.apache.catalina.connector.Request) FIELDS.facadeRequest.get(facade);
                if (FIELDS.hook.get(catalina.getCoyoteRequest()) instanceof LiveStreamProtocol.StreamProcessor processor
                        && processor.shrink()) {
                    CONNECTIONS_SHRUNK.incrementAndGet();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("live streams: could not shrink Tomcat's buffers ({})", e.toString());
        }
    }

    /** Streams whose connection buffers (header buffers, socket buffers) were given back, since start. */
    static long connectionsShrunk() {
        return CONNECTIONS_SHRUNK.get();
    }

    /** What a stream took from its processor: the capacities to give back. */
    record Taken(int requestHeaderBytes, int responseHeaderBytes) {}

    /**
     * Gives back the connection's buffers of a stream whose headers are sent: the request-header
     * buffer becomes a copy of the bytes received (the request's method, URI and headers point
     * into it and are pointed at the copy), the response-header buffer an empty one, the socket
     * buffers small ones. Called on the container thread, before the stream writes anything.
     */
    static Taken shrinkProcessor(org.apache.coyote.Request request, org.apache.coyote.Response response,
                                 org.apache.tomcat.util.net.SocketWrapperBase<?> socket) throws ReflectiveOperationException {
        return FIELDS.shrinkProcessor(request, response, socket);
    }

    /** Full buffers back on the processor, keeping the bytes received after the stream's request. */
    static void restoreProcessor(org.apache.coyote.Request request, org.apache.coyote.Response response, Taken taken) {
        try {
            FIELDS.restoreProcessor(request, response, taken);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Never leave a processor with an empty header buffer: the next answer could not be written.
            throw new IllegalStateException("live streams: could not restore Tomcat's connection buffers", e);
        }
    }

    /** Socket buffers of the configured sizes back (Tomcat's own expand keeps their content), if a stream shrank them. */
    static void restoreSocket(org.apache.tomcat.util.net.SocketWrapperBase<?> socket, int readBytes, int writeBytes) {
        if (socket == null) {
            return;
        }
        org.apache.tomcat.util.net.SocketBufferHandler buffers = socket.getSocketBufferHandler();
        if (buffers.getReadBuffer().capacity() < readBytes || buffers.getWriteBuffer().capacity() < writeBytes) {
            // expand() takes one size for both; Nashir configures them alike (8 KB each).
            buffers.expand(Math.max(readBytes, writeBytes));
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
                          Field outputBuffer, Field outBytes, Field outChars, Field outSize,
                          Field hook, Field requestHeaderBuffer, Field coyoteOutput, Field responseHeaderBuffer,
                          Field socketRead, Field socketWrite, Field chunkBytes) {
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
                        field(org.apache.catalina.connector.OutputBuffer.class, "defaultBufferSize"),
                        field(org.apache.coyote.Request.class, "hook"),
                        field(org.apache.coyote.http11.Http11InputBuffer.class, "byteBuffer"),
                        field(org.apache.coyote.Response.class, "outputBuffer"),
                        field(org.apache.coyote.http11.Http11OutputBuffer.class, "headerBuffer"),
                        field(org.apache.tomcat.util.net.SocketBufferHandler.class, "readBuffer"),
                        field(org.apache.tomcat.util.net.SocketBufferHandler.class, "writeBuffer"),
                        field(org.apache.tomcat.util.buf.ByteChunk.class, "buff"));
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

        Taken shrinkProcessor(org.apache.coyote.Request request, org.apache.coyote.Response response,
                              org.apache.tomcat.util.net.SocketWrapperBase<?> socket) throws ReflectiveOperationException {
            Object in = request.getInputBuffer();
            Object out = coyoteOutput.get(response);
            if (!(in instanceof org.apache.coyote.http11.Http11InputBuffer) || !(out instanceof org.apache.coyote.http11.Http11OutputBuffer)
                    || !response.isCommitted()) {
                return null;
            }
            ByteBuffer received = (ByteBuffer) requestHeaderBuffer.get(in);
            ByteBuffer headers = (ByteBuffer) responseHeaderBuffer.get(out);
            if (headers.position() != 0) {
                return null; // header bytes not yet written: leave this connection alone
            }
            // The copy holds what was received (the request and anything pipelined after it) at the
            // same offsets, so every reference into the old array reads the same bytes in the copy.
            Taken taken = new Taken(received.capacity(), headers.capacity());
            try {
                byte[] old = received.array();
                byte[] copy = java.util.Arrays.copyOf(old, received.limit());
                requestHeaderBuffer.set(in, ByteBuffer.wrap(copy).limit(received.limit()).position(received.position()));
                new ChunkMover(chunkBytes, old, copy).move(request, in);
                responseHeaderBuffer.set(out, ByteBuffer.allocate(0));
                shrinkSocket(socket);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Half done: the processor's buffers back now (its socket's are checked by size before the next request).
                restoreProcessor(request, response, taken);
                throw e;
            }
            return taken;
        }

        /** Small socket buffers, when they are empty and the channel is a plain (not TLS) one. */
        private void shrinkSocket(org.apache.tomcat.util.net.SocketWrapperBase<?> socket) throws ReflectiveOperationException {
            if (socket == null || socket.getSocket() == null || socket.getSocket().getClass() != org.apache.tomcat.util.net.NioChannel.class
                    || socket.hasDataToWrite()) {
                return;
            }
            org.apache.tomcat.util.net.SocketBufferHandler buffers = socket.getSocketBufferHandler();
            if (!buffers.isReadBufferEmpty()) {
                return;
            }
            // Both buffers are empty here; reset() leaves them in the state a new channel starts in.
            buffers.reset();
            socketRead.set(buffers, ByteBuffer.allocate(STREAM_SOCKET_READ_BYTES));
            socketWrite.set(buffers, ByteBuffer.allocate(STREAM_SOCKET_WRITE_BYTES));
        }

        void restoreProcessor(org.apache.coyote.Request request, org.apache.coyote.Response response, Taken taken)
                throws ReflectiveOperationException {
            Object in = request.getInputBuffer();
            ByteBuffer small = (ByteBuffer) requestHeaderBuffer.get(in);
            if (small.capacity() < taken.requestHeaderBytes()) {
                ByteBuffer full = ByteBuffer.allocate(taken.requestHeaderBytes());
                full.put(small.array(), 0, small.limit()); // anything pipelined stays where it was
                full.limit(small.limit()).position(small.position());
                requestHeaderBuffer.set(in, full);
            }
            Object out = coyoteOutput.get(response);
            ByteBuffer headers = (ByteBuffer) responseHeaderBuffer.get(out);
            if (headers.capacity() < taken.responseHeaderBytes()) {
                responseHeaderBuffer.set(out, ByteBuffer.allocate(taken.responseHeaderBytes()));
            }
        }

        /** Tomcat keeps its buffers in read mode when empty: position 0, limit 0. */
        private static <B extends Buffer> B cleared(B buffer) {
            buffer.rewind().limit(0);
            return buffer;
        }
    }

    /**
     * Points every ByteChunk reachable from the request at the copy of the received bytes. Tomcat
     * parses a request in place: its method, URI, query, headers (and those of earlier requests on
     * the processor, recycled but still pointing there), cookies and parameters are offsets into
     * the received array. Only Tomcat's own buffer and header types are followed (never the
     * connector, the context or anything of the JDK), so the walk stays within one request. A
     * reference it missed would only keep the old array alive: the copy holds the same bytes.
     */
    private record ChunkMover(Field chunkBytes, byte[] from, byte[] to) {
        private static final int MAX_OBJECTS = 20_000;

        void move(Object... roots) throws ReflectiveOperationException {
            java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>(java.util.List.of(roots));
            while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
                Object o = todo.pop();
                if (!seen.add(o)) {
                    continue;
                }
                if (o instanceof org.apache.tomcat.util.buf.ByteChunk chunk && chunkBytes.get(chunk) == from) {
                    chunkBytes.set(chunk, to);
                }
                if (o instanceof Object[] array) {
                    for (Object e : array) {
                        if (e != null && followed(e.getClass())) {
                            todo.push(e);
                        }
                    }
                    continue;
                }
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : FIELDS_BY_CLASS.get(c)) {
                        Object v = f.get(o);
                        if (v != null && followed(v.getClass())) {
                            todo.push(v);
                        }
                    }
                }
            }
        }

        /** Tomcat's buffer, header, cookie and parameter types (and arrays of them). */
        private static boolean followed(Class<?> type) {
            Class<?> t = type.isArray() ? type.getComponentType() : type;
            return !t.isPrimitive() && t.getName().startsWith("org.apache.tomcat.util.") && !t.getName().startsWith("org.apache.tomcat.util.net.");
        }

        /** Per class: its instance fields of a followed type, made accessible once. */
        private static final ClassValue<java.util.List<Field>> FIELDS_BY_CLASS = new ClassValue<>() {
            @Override
            protected java.util.List<Field> computeValue(Class<?> type) {
                java.util.List<Field> fields = new java.util.ArrayList<>();
                for (Field f : type.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()
                            && (followed(f.getType()) || f.getType() == Object.class || f.getType().isInterface())
                            && type.getName().startsWith("org.apache.")) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
                return fields;
            }
        };
    }
}

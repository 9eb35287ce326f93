package com.nashir.system;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import org.apache.catalina.connector.Response;
import org.apache.catalina.connector.ResponseFacade;
import org.apache.coyote.http11.Http11OutputBuffer;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketBufferHandler;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Servlet API does not reach of Tomcat's connections: a connection's socket, and its
 * read and write buffers (8 KB each by default, for the connection's whole life). Live streams give
 * theirs back while open; cached pages are written through a larger one in one {@code write}.
 * The fields are looked up by name once; if a Tomcat upgrade renames them, {@link #available()} is
 * false, the callers keep Tomcat's own behaviour and say so in the log, and {@code
 * LiveStreamConnectionIT} / {@code WholePageWriteTest} fail.
 */
public final class TomcatSockets {
    private static final Logger log = LoggerFactory.getLogger(TomcatSockets.class);
    private static final Fields FIELDS = Fields.find();

    private TomcatSockets() {}

    public static boolean available() {
        return FIELDS != null;
    }

    public static void setReadBuffer(SocketBufferHandler buffers, ByteBuffer buffer) {
        FIELDS.read.setVolatile(buffers, buffer);
    }

    public static void setWriteBuffer(SocketBufferHandler buffers, ByteBuffer buffer) {
        FIELDS.write.setVolatile(buffers, buffer);
    }

    /**
     * The connection under a response that no filter has wrapped, when it is a plain (not TLS)
     * HTTP/1.1 connection of the NIO connector; null otherwise (HTTP/2, TLS, a wrapped response).
     */
    public static SocketWrapperBase<?> plainConnection(HttpServletResponse response) {
        if (FIELDS == null) {
            return null;
        }
        Response catalina = response instanceof Response r
                ? r
                : response.getClass() == ResponseFacade.class ? (Response) FIELDS.facade.get(response) : null;
        if (catalina == null
                || !(FIELDS.output.get(catalina.getCoyoteResponse()) instanceof Http11OutputBuffer http11)) {
            return null;
        }
        SocketWrapperBase<?> socket = (SocketWrapperBase<?>) FIELDS.socket.get(http11);
        return socket != null
                        && socket.getSocket() != null
                        && socket.getSocket().getClass() == NioChannel.class
                ? socket
                : null;
    }

    private record Fields(VarHandle read, VarHandle write, VarHandle facade, VarHandle output, VarHandle socket) {
        static Fields find() {
            try {
                var lookup = MethodHandles.lookup();
                var buffers = MethodHandles.privateLookupIn(SocketBufferHandler.class, lookup);
                return new Fields(
                        buffers.findVarHandle(SocketBufferHandler.class, "readBuffer", ByteBuffer.class),
                        buffers.findVarHandle(SocketBufferHandler.class, "writeBuffer", ByteBuffer.class),
                        MethodHandles.privateLookupIn(ResponseFacade.class, lookup)
                                .findVarHandle(ResponseFacade.class, "response", Response.class),
                        MethodHandles.privateLookupIn(org.apache.coyote.Response.class, lookup)
                                .findVarHandle(
                                        org.apache.coyote.Response.class,
                                        "outputBuffer",
                                        org.apache.coyote.OutputBuffer.class),
                        MethodHandles.privateLookupIn(Http11OutputBuffer.class, lookup)
                                .findVarHandle(Http11OutputBuffer.class, "socketWrapper", SocketWrapperBase.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.info(
                        "Tomcat's socket buffers are out of reach ({}): live streams keep full buffers and "
                                + "large pages leave in several writes",
                        e.toString());
                return null;
            }
        }
    }
}

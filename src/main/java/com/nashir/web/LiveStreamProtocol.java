package com.nashir.web;

import java.io.IOException;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO connector, whose connection processors let an open live stream give back
 * the connection's buffers (the request-header buffer, the response-header buffer, the socket's
 * read and write buffers: about 48 KB, see {@link LiveStreamBuffers}) and take them back before
 * they parse the next request, whatever way the stream ended.
 *
 * <p>Why a processor of our own: a processor and a socket channel outlive the request. Tomcat
 * hands them, recycled, to the next request on that connection or to another connection, and a
 * stream can end in ways that never reach the application ({@code onComplete} does not run when
 * the connection is closed under it). The one moment every later use passes through is
 * {@link #service}: nothing writes a response header or reads a request before it. An earlier
 * attempt that restored in {@code onComplete} handed a processor on with an empty header buffer.
 */
public class LiveStreamProtocol extends Http11NioProtocol {

    @Override
    protected Processor createProcessor() {
        return new StreamProcessor(this, getAdapter(), getEndpoint().getSocketProperties().getAppReadBufSize(),
                getEndpoint().getSocketProperties().getAppWriteBufSize());
    }

    /** A processor that restores what a live stream took before it serves anything else. */
    static final class StreamProcessor extends Http11Processor {
        /** The socket buffer sizes this connector is configured with. */
        final int socketReadBytes;
        final int socketWriteBytes;
        /** What a live stream on this processor gave back (null: nothing); guarded by this. */
        private LiveStreamBuffers.Taken taken;

        StreamProcessor(AbstractHttp11Protocol<?> protocol, org.apache.coyote.Adapter adapter, int socketReadBytes,
                        int socketWriteBytes) {
            super(protocol, adapter);
            this.socketReadBytes = socketReadBytes;
            this.socketWriteBytes = socketWriteBytes;
        }

        @Override
        public SocketState service(SocketWrapperBase<?> socketWrapper) throws IOException {
            restore(socketWrapper);
            return super.service(socketWrapper);
        }

        /**
         * Puts full buffers back, keeping any bytes they hold (a pipelined request). The socket's
         * buffers are checked by size, not by a flag: the channel may have carried a stream under
         * another processor.
         */
        synchronized void restore(SocketWrapperBase<?> socketWrapper) {
            LiveStreamBuffers.restoreSocket(socketWrapper, socketReadBytes, socketWriteBytes);
            if (taken != null) {
                LiveStreamBuffers.restoreProcessor(request, response, taken);
                taken = null;
            }
        }

        /** The connection of the stream this processor serves now: its buffers given back; false when nothing was. */
        synchronized boolean shrink() throws ReflectiveOperationException {
            if (taken == null) {
                taken = LiveStreamBuffers.shrinkProcessor(request, response, getSocketWrapper());
                return taken != null;
            }
            return false;
        }

        synchronized boolean shrunk() {
            return taken != null;
        }
    }
}

package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-blocking writes of one live stream: nothing is written while the socket is not ready, nothing is lost, a hopeless reader is dropped. */
class LiveClientTest {
    /** An output stream whose readiness the test switches. */
    static final class Socket extends ServletOutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        boolean ready = true;
        int flushes;

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {
            if (!ready) {
                throw new IllegalStateException("written while not ready");
            }
            written.write(b);
        }

        @Override
        public void flush() {
            if (!ready) {
                throw new IllegalStateException("flushed while not ready");
            }
            flushes++;
        }

        String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    final AsyncContext async = mock(AsyncContext.class);
    final Socket socket = new Socket();
    final List<LiveClient> closed = new ArrayList<>();
    final LiveClient client = new LiveClient(async, socket, closed::add);

    @Test
    void waitsForTheContainersFirstCallBeforeWriting() {
        client.send(bytes("a"));
        assertThat(socket.text()).isEmpty();
        client.onWritePossible();
        assertThat(socket.text()).isEqualTo("a");
        assertThat(socket.flushes).isEqualTo(1);
    }

    @Test
    void queuesWhileTheSocketIsBusyAndSendsInOrderWhenItDrains() {
        client.onWritePossible();
        socket.ready = false;
        client.send(bytes("1"));
        client.send(bytes("2"));
        assertThat(socket.text()).isEmpty();
        socket.ready = true;
        client.onWritePossible();
        client.send(bytes("3"));
        assertThat(socket.text()).isEqualTo("123");
        assertThat(client.isOpen()).isTrue();
    }

    @Test
    void aReaderTooFarBehindIsDisconnectedToCatchUpLater() {
        client.onWritePossible();
        socket.ready = false;
        byte[] frame = new byte[64 * 1024];
        for (int i = 0; i < 5; i++) {
            client.send(frame);
        }
        assertThat(client.isOpen()).isFalse();
        assertThat(closed).containsExactly(client);
        verify(async).complete();
        socket.ready = true;
        client.onWritePossible();
        assertThat(socket.written.size()).isZero();
    }

    @Test
    void eventIdsAreDigitsOnly() {
        assertThat(LiveBreakingServlet.eventId("42")).isEqualTo(42L);
        assertThat(LiveBreakingServlet.eventId(" 7 ")).isEqualTo(7L);
        assertThat(LiveBreakingServlet.eventId("-1")).isNull();
        assertThat(LiveBreakingServlet.eventId("1e3")).isNull();
        assertThat(LiveBreakingServlet.eventId("99999999999999999999")).isNull();
        assertThat(LiveBreakingServlet.eventId("")).isNull();
        assertThat(LiveBreakingServlet.eventId(null)).isNull();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

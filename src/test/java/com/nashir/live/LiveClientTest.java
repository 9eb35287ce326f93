package com.nashir.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Non-blocking writes of one live stream on its upgraded connection: nothing is written while the
 * socket still holds bytes, nothing is lost, a hopeless reader is dropped, a reader who leaves or
 * a stream whose time is up is ended once.
 */
class LiveClientTest {
    final SocketWrapperBase<?> socket = mock(SocketWrapperBase.class);
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    /** Whether the socket still holds bytes it could not send (what a non-blocking flush answers). */
    boolean busy;

    final List<LiveClient> opened = new ArrayList<>();
    final List<LiveClient> closed = new ArrayList<>();
    final LiveClient client = new LiveClient();

    @BeforeEach
    void connect() throws Exception {
        when(socket.flush(false)).thenAnswer(i -> busy);
        doAnswer(i -> {
                    if (busy) {
                        throw new IllegalStateException("written while the socket is busy");
                    }
                    written.write(i.getArgument(1), i.getArgument(2), i.getArgument(3));
                    return null;
                })
                .when(socket)
                .write(anyBoolean(), any(byte[].class), anyInt(), anyInt());
        client.attach(opened::add, closed::add, 60_000);
        client.setSocketWrapper(socket);
        client.init(null);
    }

    @Test
    void isHandedToTheHubWhenTomcatHandsOverTheConnection() {
        assertThat(opened).containsExactly(client);
        client.send(bytes("a"));
        assertThat(text()).isEqualTo("a");
    }

    @Test
    void queuesWhileTheSocketIsBusyAndSendsInOrderWhenItDrains() {
        busy = true;
        client.send(bytes("1"));
        client.send(bytes("2"));
        assertThat(text()).isEmpty();
        verify(socket, times(1)).registerWriteInterest();
        busy = false;
        assertThat(client.upgradeDispatch(SocketEvent.OPEN_WRITE)).isEqualTo(SocketState.UPGRADED);
        client.send(bytes("3"));
        assertThat(text()).isEqualTo("123");
        assertThat(client.isOpen()).isTrue();
    }

    @Test
    void aReaderTooFarBehindIsDisconnectedToCatchUpLater() {
        busy = true;
        byte[] frame = new byte[64 * 1024];
        for (int i = 0; i < 5; i++) {
            client.send(frame);
        }
        assertThat(client.isOpen()).isFalse();
        assertThat(closed).containsExactly(client);
        verify(socket).close();
        busy = false;
        assertThat(client.upgradeDispatch(SocketEvent.OPEN_WRITE)).isEqualTo(SocketState.CLOSED);
        assertThat(written.size()).isZero();
        assertThat(closed).hasSize(1);
    }

    @Test
    void aReaderWhoLeavesIsEndedWhenItsSocketTurnsReadable() throws Exception {
        when(socket.read(anyBoolean(), any(byte[].class), anyInt(), anyInt())).thenReturn(5, 0);
        assertThat(client.upgradeDispatch(SocketEvent.OPEN_READ))
                .as("bytes sent by a reader are dropped")
                .isEqualTo(SocketState.UPGRADED);
        when(socket.read(anyBoolean(), any(byte[].class), anyInt(), anyInt())).thenReturn(-1);
        assertThat(client.upgradeDispatch(SocketEvent.OPEN_READ)).isEqualTo(SocketState.CLOSED);
        assertThat(closed).containsExactly(client);
        client.send(bytes("late"));
        client.destroy();
        assertThat(text()).isEmpty();
        assertThat(closed).hasSize(1);
        verify(socket, never()).close(); // Tomcat closes it when the dispatch answers CLOSED
    }

    @Test
    void aStreamIsEndedWhenItsTimeIsUp() {
        client.endIfDue(System.currentTimeMillis());
        assertThat(client.isOpen()).isTrue();
        client.endIfDue(System.currentTimeMillis() + 61_000);
        assertThat(client.isOpen()).isFalse();
        assertThat(closed).containsExactly(client);
    }

    @Test
    void aHandOverThatNeverHappenedStillGivesThePlaceBack() {
        LiveClient never = new LiveClient();
        never.attach(opened::add, closed::add, 60_000);
        never.destroy();
        assertThat(closed).containsExactly(never);
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

    private String text() {
        return written.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

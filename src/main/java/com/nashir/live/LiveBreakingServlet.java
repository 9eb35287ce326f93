package com.nashir.live;

import com.nashir.address.Permalinks;
import com.nashir.system.Messages;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code GET /live/breaking}: the "عاجل" strip as Server-Sent Events. A plain servlet rather than
 * Spring MVC's SseEmitter: it sends the headers and hands the connection over to a
 * {@link LiveClient}, so an open stream holds no thread and none of Tomcat's request buffers, only
 * its socket, a small object and its (usually empty) queue; writes are non-blocking, so thousands
 * of readers are cheap and a slow one delays nobody. The resume point is the {@code Last-Event-ID} header (sent by the
 * browser when it reconnects) or else {@code ?after=ID} (the event the page was rendered at).
 */
class LiveBreakingServlet extends HttpServlet {
    public static final String PATH = Permalinks.LIVE_BREAKING;
    /** Streams are ended after about ten minutes (spread out) and the browser reconnects: stale sockets do not pile up. */
    static final long LIFETIME_MILLIS = 10 * 60_000L;

    /** How long a reader refused by {@link LiveStreamLimits} is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final transient LiveBreakingHub hub;
    private final transient LiveStreamLimits limits;

    LiveBreakingServlet(LiveBreakingHub hub, LiveStreamLimits limits) {
        this.hub = hub;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long header = eventId(request.getHeader("Last-Event-ID"));
        Long lastEventId = header != null ? header : eventId(request.getParameter("after"));
        String address = request.getRemoteAddr();
        if (!limits.admit(address)) {
            // The page keeps the strip it was rendered with; its script retries after a while.
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Messages.text("live.stream.busy") + "\n");
            return;
        }
        if (!request.getProtocol().startsWith("HTTP/1.")) {
            // The stream leaves HTTP/1's processor (LiveClient); a multiplexed protocol cannot hand over its
            // connection.
            limits.release(address);
            response.sendError(HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED);
            return;
        }
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Tells nginx-style proxies not to buffer the stream.
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The body ends when the connection does: not chunked, so the stream's bytes go to the socket as they are.
        response.setHeader("Connection", "close");
        try {
            // Status line and headers go out now; then the connection leaves Tomcat's HTTP processor,
            // whose buffers go back to its pool (see LiveClient).
            response.flushBuffer();
            LiveClient client = request.upgrade(LiveClient.class);
            long lifetime = LIFETIME_MILLIS + ThreadLocalRandom.current().nextLong(LIFETIME_MILLIS / 5);
            client.attach(
                    c -> hub.join(c, lastEventId),
                    c -> {
                        hub.leave(c);
                        limits.release(address);
                    },
                    lifetime);
        } catch (IOException | ServletException | RuntimeException e) {
            // Not handed over: Tomcat never calls the client, so its place is given back here.
            limits.release(address);
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("live stream not opened", e);
        }
    }

    /** HEAD answers the headers only; it must not open a stream that never ends. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
    }

    /** A non-negative event id, or null for anything else (absent, garbage, too long). */
    static Long eventId(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(v);
    }
}

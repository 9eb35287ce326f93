package com.nashir.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code GET /live/breaking}: the "عاجل" strip as Server-Sent Events. A plain async servlet rather
 * than Spring MVC's SseEmitter: an open stream holds no thread, only its socket, this small object
 * and its (usually empty) queue, and writes are non-blocking, so thousands of readers are cheap
 * and a slow one delays nobody. The resume point is the {@code Last-Event-ID} header (sent by the
 * browser when it reconnects) or else {@code ?after=ID} (the event the page was rendered at).
 */
class LiveBreakingServlet extends HttpServlet {
    public static final String PATH = "/live/breaking";
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
        Long lastEventId = eventId(request.getHeader("Last-Event-ID"));
        if (lastEventId == null) {
            lastEventId = eventId(request.getParameter("after"));
        }
        String address = request.getRemoteAddr();
        if (!limits.admit(address)) {
            // The page keeps the strip it was rendered with; its script retries after a while.
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("البث المباشر مشغول الآن؛ أعد المحاولة بعد قليل.\n");
            return;
        }
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Tells nginx-style proxies not to buffer the stream.
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("X-Content-Type-Options", "nosniff");
        AsyncContext async;
        ServletOutputStream out;
        try {
            async = request.startAsync();
            async.setTimeout(LIFETIME_MILLIS + ThreadLocalRandom.current().nextLong(LIFETIME_MILLIS / 5));
            out = response.getOutputStream();
            // Headers go out now (a tiny blocking write, before the stream turns non-blocking), so
            // Tomcat's request buffers, header buffer included, can be given back while it is open.
            response.flushBuffer();
            LiveStreamBuffers.shrink(request, async);
        } catch (IOException | RuntimeException e) {
            limits.release(address);
            throw e;
        }
        LiveClient client = new LiveClient(async, out, c -> {
            hub.leave(c);
            limits.release(address);
        });
        async.addListener(client);
        out.setWriteListener(client);
        hub.join(client, lastEventId);
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

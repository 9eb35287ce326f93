package com.nashir.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body that is not an upload ({@code NASHIR_HTTP_MAX_BODY}, 2 MB): a JSON
 * body is read whole into memory before anything can check it, so a 30 MB "login" cost 30 MB of
 * heap (and more in the log). A declared length over the limit is refused at once with 413; a body
 * without a length (chunked) is cut when it passes the limit, and the API answers the same 413.
 * Multipart uploads keep their own limits (media, WordPress import).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyLimit extends OncePerRequestFilter {
    static final String MESSAGE = Messages.text("api.body.too-large");

    private final long maxBytes;

    public RequestBodyLimit(@Value("${nashir.http.max-body:2MB}") DataSize maxBody) {
        this.maxBytes = maxBody.toBytes();
    }

    /** Thrown while reading a body that passed the limit; the API turns it into a 413 problem. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            // Read and drop the rest (up to four times the limit), so the client gets the answer rather than a reset.
            UploadDrain.drain(request, maxBytes);
            refuse(request, response);
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    /** The 413 answer in the shape of the audience the request was for. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        response.setStatus(413);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + Messages.text("api.problem.too-large")
                            + "\",\"status\":413,\"detail\":\""
                            + MESSAGE + "\",\"field\":\"(body)\"}");
        } else if (path.startsWith("/wp-json")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"code\":\"rest_request_too_large\",\"message\":\"" + MESSAGE
                            + "\",\"data\":{\"status\":413}}");
        } else {
            response.sendError(413);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int count(int n) throws TooLargeException {
            if (n > 0 && (read += n) > max) {
                throw new TooLargeException(max);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

package com.nashir.testing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests that Java's HTTP client refuses to send
 * (malformed percent-encoding, odd headers, huge bodies). Sends {@code Connection: close} and
 * reads the answer to its end.
 */
public final class RawHttp {
    /** Status, raw header block and body (as UTF-8; chunked bodies keep their chunk lines). */
    public record Answer(int status, String headers, String body) {
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    public static Answer send(int port, String method, String target, String extraHeaders, byte[] body)
            throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + (extraHeaders == null ? "" : extraHeaders)
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    out.write(body);
                } catch (java.io.IOException e) {
                    // the server may answer and close before reading a large body
                }
            }
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketException e) {
                // connection reset after the answer
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String headers = end < 0 ? text : text.substring(0, end);
            int status = Integer.parseInt(headers.substring(9, 12));
            return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
        }
    }

    public static Answer get(int port, String target) throws Exception {
        return send(port, "GET", target, null, null);
    }
}

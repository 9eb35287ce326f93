package com.nashir.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tomcat stops reading an upload at the size limit and would close the connection with the rest
 * unread; a client still sending then gets a reset instead of our answer ("the file is too big").
 * Reading and dropping the remainder, up to four times the limit, lets the answer arrive; a far
 * larger upload is still cut off.
 */
public final class UploadDrain {
    private UploadDrain() {}

    public static void drain(HttpServletRequest request, long limit) {
        long budget = 4 * limit;
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = request.getInputStream();
            int n;
            while (budget > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, budget))) >= 0) {
                budget -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the stream is gone: nothing left to protect.
        }
    }
}

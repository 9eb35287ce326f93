package com.nashir.wordpress;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's answers: JSON in UTF-8, a strong ETag of the bytes (a matching
 * {@code If-None-Match} gets a 304 without a body) and a short public cache lifetime. The data
 * is public, and 30 seconds bound how long a shared cache may keep showing an article after it
 * was unpublished.
 */
@Component
class WpResponses {
    static final String CACHE_CONTROL = "public, max-age=30";
    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final JsonMapper json;

    WpResponses(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> ok(Object body, HttpServletRequest request) {
        return ok(body, new HttpHeaders(), request);
    }

    /** 200 with {@code headers} added (paging), or 304 when the client already has these bytes. */
    ResponseEntity<byte[]> ok(Object body, HttpHeaders headers, HttpServletRequest request) {
        byte[] bytes = json.writeValueAsBytes(body);
        String etag = "\"" + hash(bytes) + "\"";
        headers.setETag(etag);
        headers.setCacheControl(CACHE_CONTROL);
        String inm = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (inm != null && (inm.trim().equals("*") || inm.contains(etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .headers(headers)
                    .build();
        }
        return ResponseEntity.ok().headers(headers).contentType(JSON).body(bytes);
    }

    ResponseEntity<byte[]> error(WpError e) {
        return ResponseEntity.status(e.status())
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .contentType(JSON)
                .body(json.writeValueAsBytes(e.body()));
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

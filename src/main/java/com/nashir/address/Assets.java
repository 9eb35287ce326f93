package com.nashir.address;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Versioned addresses of static files. The version is a hash of the content, so the files can
 * be cached forever ("immutable") and a new release still reaches every reader at once.
 */
@Component
public class Assets {
    /**
     * The body face (Arabic subset, and the Latin one that holds the space every page uses),
     * preloaded so text is drawn in it from the first paint: 35 KB together after subsetting
     * (static/fonts/README.txt). Headings and bold load when the stylesheet asks. The version in
     * the path lets /fonts/ be cached for a year.
     */
    public static final java.util.List<String> PRELOADED_FONTS = java.util.List.of(
            "/fonts/ibm-plex-sans-arabic-5.3.0/ibm-plex-sans-arabic-arabic-400-normal.woff2",
            "/fonts/ibm-plex-sans-arabic-5.3.0/ibm-plex-sans-arabic-latin-400-normal.woff2");

    private final String stylesheet;

    public Assets() {
        this.stylesheet = versioned("site.css");
    }

    public String stylesheet() {
        return stylesheet;
    }

    /** "/assets/NAME?v=HASH" for a file in static/assets. */
    public static String versioned(String name) {
        return VERSIONED.computeIfAbsent(name, n -> "/assets/" + n + "?v=" + hash("static/assets/" + n));
    }

    private static final java.util.Map<String, String> VERSIONED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String hash(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("missing static asset " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

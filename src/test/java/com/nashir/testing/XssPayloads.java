package com.nashir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XSS payloads of src/test/resources/xss-payloads.txt, one per line ("#" lines and empty
 * ones skipped): script tags, event handlers, javascript: URLs, SVG, encoded variants, bidi
 * overrides. Every place that shows reader or newsroom text to readers is tested with all of them.
 */
public final class XssPayloads {
    private XssPayloads() {}

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

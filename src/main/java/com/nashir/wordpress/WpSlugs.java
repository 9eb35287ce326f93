package com.nashir.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * WordPress stores non-Latin slugs percent-encoded ("%d8%b3…") and clients often send them that
 * way; Nashir's slugs are plain Arabic. A slug parameter is accepted in either form.
 */
final class WpSlugs {
    private WpSlugs() {}

    static List<String> decoded(List<String> slugs) {
        return slugs.stream().map(WpSlugs::decoded).toList();
    }

    static String decoded(String slug) {
        if (!slug.contains("%")) {
            return slug;
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug; // a lone "%" is part of the slug as typed
        }
    }
}

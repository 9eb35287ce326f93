package com.nashir.wordpress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pieces of WordPress's {@code _links}: each relation is a list of {@code {"href", …}} objects. */
final class WpLinks {
    private WpLinks() {}

    static final List<Map<String, Object>> CURIES =
            List.of(Map.of("name", "wp", "href", "https://api.w.org/{rel}", "templated", true));

    static List<Map<String, Object>> href(String href) {
        return List.of(Map.of("href", href));
    }

    static Map<String, Object> embeddable(String href) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("embeddable", true);
        link.put("href", href);
        return link;
    }

    /** An object with keys and values in the order given. */
    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** {@code {"rendered": text}}, the shape of WordPress's titles, captions and descriptions. */
    static Map<String, Object> rendered(String html) {
        return ordered("rendered", html);
    }
}

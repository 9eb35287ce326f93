package com.nashir.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Content made through the API for a test: every call gets its own section, so tests never collide. */
public final class Fixtures {
    private final Http http;

    public Fixtures(Http http) {
        this.http = http;
    }

    /** A new section with a unique slug; returns the slug. */
    public String section() {
        String slug = "s-" + UUID.randomUUID().toString().substring(0, 8);
        var r = http.api("POST", "/api/v1/sections", Http.json(Map.of("slug", slug, "name", "قسم " + slug)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return slug;
    }

    /** A valid published article body in that section; callers change fields before posting. */
    public static Map<String, Object> article(String section, String headline) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("headline", headline);
        a.put("section", section);
        a.put("byline", Map.of("desk", "فريق التحرير"));
        a.put("status", "published");
        a.put("publishedAt", "2024-06-17T10:30:00+03:00");
        a.put("body", "<p>نص تجريبي للمقال يكفي للنشر.</p>");
        a.put("tags", List.of("اختبار"));
        a.put("comments", "open");
        return a;
    }

    public JsonNode post(Map<String, Object> article) {
        var r = http.api("POST", "/api/v1/articles", Http.json(article));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** The path part of an absolute URL the API returned. */
    public static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}

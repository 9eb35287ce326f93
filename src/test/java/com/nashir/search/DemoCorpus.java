package com.nashir.search;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo content (src/main/resources/demo/demo-content.json) as search documents, with the
 * ids a fresh demo database gives them (1, 2, … in file order) and publication times relative
 * to {@link #NOW}; and an in-memory index of it.
 */
final class DemoCorpus {
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Damascus");

    private DemoCorpus() {}

    static List<SearchDocument> documents() {
        JsonNode demo;
        try (InputStream in = DemoCorpus.class.getResourceAsStream("/demo/demo-content.json")) {
            demo = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> authors = new java.util.HashMap<>();
        demo.get("authors")
                .forEach(
                        a -> authors.put(a.get("slug").asString(), a.get("name").asString()));
        Map<String, String> sections = new java.util.HashMap<>();
        demo.get("sections")
                .forEach(s ->
                        sections.put(s.get("slug").asString(), s.get("name").asString()));
        List<SearchDocument> docs = new ArrayList<>();
        long id = 1;
        for (JsonNode a : demo.get("articles")) {
            List<SearchDocument.Named> tags = new ArrayList<>();
            a.get("tags")
                    .forEach(t -> tags.add(
                            new SearchDocument.Named("t-" + t.asString().hashCode(), t.asString())));
            JsonNode byline = a.get("byline");
            List<SearchDocument.Named> by = new ArrayList<>();
            SearchDocument.Named desk = null;
            if (byline.has("desk")) {
                desk = new SearchDocument.Named(
                        "d-" + byline.get("desk").asString().hashCode(),
                        byline.get("desk").asString());
            } else {
                byline.get("authors")
                        .forEach(x -> by.add(new SearchDocument.Named(x.asString(), authors.get(x.asString()))));
            }
            Instant published =
                    NOW.minus(Duration.ofHours(a.get("publishedHoursAgo").asInt()));
            String section = a.get("section").asString();
            docs.add(new SearchDocument(
                    id,
                    "demo-" + id,
                    a.get("headline").asString(),
                    text(a, "kicker"),
                    text(a, "summary"),
                    Jsoup.parse(a.get("body").asString()).text(),
                    new SearchDocument.Named(section, sections.get(section)),
                    tags,
                    by,
                    desk,
                    "published",
                    published,
                    published,
                    null));
            id++;
        }
        return docs;
    }

    /** A new in-memory engine holding the demo content. */
    static SearchEngine index() {
        try {
            SearchEngine engine = new SearchEngine(new ByteBuffersDirectory(), ZONE);
            documents().forEach(engine::put);
            engine.refresh();
            return engine;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode a, String field) {
        return a.has(field) && !a.get(field).isNull() ? a.get(field).asString() : "";
    }
}

package com.nashir.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Feed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Jackson: dates
 * as RFC 3339 in UTC, {@code language: "ar"} on the feed and each item, the featured image as
 * {@code image}, the section and tags as {@code tags}, and {@code content_html} only when the
 * site's feeds carry whole articles.
 */
@Component
public class JsonFeedWriter {
    public static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The JSON Feed document, UTF-8. */
    public byte[] json(Feed feed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("version", VERSION);
        f.put("title", feed.title());
        f.put("home_page_url", feed.pageUrl());
        f.put("feed_url", feed.jsonUrl());
        f.put("description", feed.description());
        f.put("icon", feed.iconUrl());
        f.put("favicon", feed.iconUrl());
        f.put("language", feed.language());
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            items.add(item(e, feed.language()));
        }
        f.put("items", items);
        return JSON.writeValueAsBytes(f);
    }

    private static Map<String, Object> item(FeedEntry e, String language) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", e.id());
        i.put("url", e.url());
        i.put("title", e.title());
        // Every item needs content_html or content_text: the summary stands in when feeds carry summaries.
        if (e.contentHtml() != null) {
            i.put("content_html", e.contentHtml());
        } else {
            i.put("content_text", e.summary());
        }
        i.put("summary", e.summary());
        if (e.image() != null) {
            i.put("image", e.image().url());
        }
        i.put("date_published", time(e.published()));
        i.put("date_modified", time(e.updated()));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (FeedPerson p : e.authors()) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("name", p.name());
            author.put("url", p.url());
            authors.add(author);
        }
        i.put("authors", authors);
        i.put("tags", e.categories());
        i.put("language", language);
        return i;
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}

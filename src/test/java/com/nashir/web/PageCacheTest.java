package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    @Test
    void aPageRenderedBeforeAChangeIsNotStoredAfterIt() {
        PageCache cache = new PageCache(Clock.systemUTC());
        long before = cache.generation();
        cache.clear(); // content changed while the page was being rendered
        cache.put("/", "old".getBytes(StandardCharsets.UTF_8), "text/html", before);
        assertThat(cache.get("/")).isNull();
    }

    @Test
    void aPageRenderedWithoutChangesIsStored() {
        PageCache cache = new PageCache(Clock.systemUTC());
        cache.put("/", "page".getBytes(StandardCharsets.UTF_8), "text/html", cache.generation());
        assertThat(cache.get("/")).isNotNull();
    }

    @Test
    void sameBytesKeepTheirLastModified() {
        PageCache cache = new PageCache(Clock.systemUTC());
        var first = cache.put("/", "page".getBytes(StandardCharsets.UTF_8), "text/html", cache.generation());
        cache.clear();
        var second = cache.put("/", "page".getBytes(StandardCharsets.UTF_8), "text/html", cache.generation());
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(second.lastModified()).isEqualTo(first.lastModified());
    }
}

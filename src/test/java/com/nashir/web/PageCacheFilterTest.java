package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCacheFilterTest {

    @Test
    void brotliPreferred_gzipOtherwise_identityWhenNeither() {
        assertThat(Compression.choose("gzip, deflate, br")).isEqualTo(Compression.brotliAvailable() ? "br" : "gzip");
        assertThat(Compression.choose("gzip")).isEqualTo("gzip");
        assertThat(Compression.choose(null)).isNull();
        assertThat(Compression.choose("deflate")).isNull();
    }

    @Test
    void aCodingRefusedWithQualityZeroIsNotUsed() {
        assertThat(Compression.choose("gzip;q=0, deflate")).isNull();
        assertThat(Compression.choose("br;q=0, gzip")).isEqualTo("gzip");
    }

    @Test
    void searchPagesAreNeverCached() {
        assertThat(CachedPageWriter.isUncached("/search")).isTrue();
        assertThat(CachedPageWriter.isUncached("/section/politics")).isFalse();
        assertThat(CachedPageWriter.isUncached("/searching")).isFalse();
    }

    @Test
    void pagesFeedsAndSitemapsAreCached_otherTypesAreNot() {
        assertThat(PageCacheFilter.cacheable("text/html;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/rss+xml;charset=UTF-8"))
                .isTrue();
        assertThat(PageCacheFilter.cacheable("application/atom+xml;charset=UTF-8"))
                .isTrue();
        assertThat(PageCacheFilter.cacheable("application/feed+json;charset=UTF-8"))
                .isTrue();
        assertThat(PageCacheFilter.cacheable("application/xml;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/json")).isFalse();
        assertThat(PageCacheFilter.cacheable("image/png")).isFalse();
        assertThat(PageCacheFilter.cacheable(null)).isFalse();
    }

    /** The live stream never ends: the cache would hold it in memory forever and the reader would get nothing. */
    @Test
    void leavesTheLiveStreamAlone() {
        assertThat(CachedPageWriter.isPublicPage(new MockHttpServletRequest("GET", "/live/breaking")))
                .isFalse();
        assertThat(CachedPageWriter.isPublicPage(new MockHttpServletRequest("GET", "/")))
                .isTrue();
        assertThat(CachedPageWriter.isPublicPage(new MockHttpServletRequest("POST", "/")))
                .isFalse();
    }

    @Test
    void theKeyHasSchemeHostAndQuery_withoutTrackingParameters() {
        var plain = new MockHttpServletRequest("GET", "/news/1/x");
        plain.setServerName("news.example");
        plain.setServerPort(80);
        var https = new MockHttpServletRequest("GET", "/news/1/x");
        https.setScheme("https");
        https.setServerName("news.example");
        https.setServerPort(80);
        assertThat(CachedPageWriter.key(plain)).isNotEqualTo(CachedPageWriter.key(https));
        var shared = new MockHttpServletRequest("GET", "/news/1/x");
        shared.setServerName("news.example");
        shared.setServerPort(80);
        shared.setQueryString("fbclid=IwAR0abc&utm_source=facebook");
        assertThat(CachedPageWriter.key(shared)).isEqualTo(CachedPageWriter.key(plain));
        var paged = new MockHttpServletRequest("GET", "/section/x");
        paged.setQueryString("utm_medium=social&page=2");
        assertThat(CachedPageWriter.key(paged)).endsWith("/section/x?page=2");
    }

    /**
     * A HEAD for a page that is not fresh must not claim its render: nothing would ever finish it,
     * and every later request for the page would wait for it (10 s each, found in CI: the home page)
     * or be served its stale copy forever.
     */
    @Test
    void aHeadRequestLeavesTheRenderToTheNextGet() throws Exception {
        PageCacheSettings settings = PageCacheSettings.defaults();
        PageCache cache = new PageCache(settings, Clock.systemUTC());
        PageCacheFilter filter =
                new PageCacheFilter(cache, settings, new CachedPageWriter(settings, new SecurityHeaders("")));
        var head = new MockHttpServletRequest("HEAD", "/");
        head.setServerName("news.example");
        filter.doFilter(head, new MockHttpServletResponse(), new MockFilterChain());
        var get = new MockHttpServletRequest("GET", "/");
        get.setServerName("news.example");
        assertThat(cache.lookup(CachedPageWriter.key(get)).outcome()).isEqualTo(PageCache.Outcome.RENDER);
    }
}

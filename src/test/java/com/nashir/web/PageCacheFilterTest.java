package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageCacheFilterTest {

    @Test
    void gzipWhenListed() {
        assertThat(PageCacheFilter.acceptsGzip("gzip, deflate, br")).isTrue();
    }

    @Test
    void noGzipWhenRefusedWithQualityZero() {
        assertThat(PageCacheFilter.acceptsGzip("gzip;q=0, br")).isFalse();
    }

    @Test
    void noGzipWhenAbsent() {
        assertThat(PageCacheFilter.acceptsGzip(null)).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("br")).isFalse();
    }

    @Test
    void searchPagesAreNeverCached() {
        assertThat(PageCacheFilter.isUncached("/search")).isTrue();
        assertThat(PageCacheFilter.isUncached("/section/politics")).isFalse();
        assertThat(PageCacheFilter.isUncached("/searching")).isFalse();
    }

    @Test
    void pagesFeedsAndSitemapsAreCached_otherTypesAreNot() {
        assertThat(PageCacheFilter.cacheable("text/html;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/rss+xml;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/atom+xml;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/feed+json;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/xml;charset=UTF-8")).isTrue();
        assertThat(PageCacheFilter.cacheable("application/json")).isFalse();
        assertThat(PageCacheFilter.cacheable("image/png")).isFalse();
        assertThat(PageCacheFilter.cacheable(null)).isFalse();
    }

    /** The live stream never ends: the cache would hold it in memory forever and the reader would get nothing. */
    @Test
    void leavesTheLiveStreamAlone() {
        var filter = new PageCacheFilter(null);
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/live/breaking"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/"))).isFalse();
    }
}

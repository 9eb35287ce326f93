package com.nashir.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public site in Prometheus: pages sent through the page cache by cache status
 * ({@code nashir_page_cache_responses_total{result="hit"|"stale"|"miss"|…}}, counted as
 * {@link CachedPageWriter} sends them, including the hits Tomcat's {@link CachedPageValve} answers
 * before Spring, which therefore never show in {@code http_server_requests}), pages and bytes
 * held and evictions (read from {@link PageCache} as it is). Open live "عاجل" streams are counted by
 * {@code live/LiveMetrics}.
 */
@Component
class WebMetrics implements MeterBinder {
    private final PageCache pages;
    private final CachedPageWriter writer;

    WebMetrics(PageCache pages, CachedPageWriter writer) {
        this.pages = pages;
        this.writer = writer;
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("nashir.page.cache.responses")
                .tag("result", result)
                .description("Public pages sent by the page cache, by cache status (hit, stale, miss, personal…)")
                .register(registry);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<String, Counter> byResult = new ConcurrentHashMap<>();
        for (String result : new String[] {"hit", "miss"}) {
            byResult.put(result, counter(registry, result)); // present from the start, so a rate can be taken at once
        }
        writer.onSent(result ->
                byResult.computeIfAbsent(result, r -> counter(registry, r)).increment());
        FunctionCounter.builder(
                        "nashir.page.cache.evictions", pages, p -> p.stats().evictionCount())
                .description("Pages dropped for the memory bound or their age")
                .register(registry);
        Gauge.builder("nashir.page.cache.pages", pages, PageCache::size)
                .description("Pages held in the page cache")
                .register(registry);
        Gauge.builder("nashir.page.cache.size", pages, PageCache::weightedBytes)
                .baseUnit("bytes")
                .description("Bytes held in the page cache")
                .register(registry);
    }
}

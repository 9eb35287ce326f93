package com.nashir.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Search in Prometheus: how long searches take ({@code nashir_search_latency_seconds}, every
 * query of the site, the API and the newsroom), whether the index is complete, and how far it lags
 * behind the database ({@code nashir_search_index_lag_seconds}: age of the oldest change this
 * node has not applied yet; 0 when it is up to date).
 */
@Component
class SearchMetrics implements MeterBinder {
    private final SearchIndex index;
    private final SearchFeed feed;
    private final Clock clock;

    SearchMetrics(SearchIndex index, SearchFeed feed, Clock clock) {
        this.index = index;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        index.timeSearchesWith(Timer.builder("nashir.search.latency")
                .description("Time to run one search query on this node's index")
                .publishPercentileHistogram()
                .register(registry));
        Gauge.builder("nashir.search.index.ready", index, i -> i.ready() ? 1 : 0)
                .description("1 when the search index holds every article, 0 while it is first built")
                .register(registry);
        Gauge.builder("nashir.search.index.lag", this, SearchMetrics::lagSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest content change not yet in this node's search index")
                .register(registry);
    }

    private double lagSeconds() {
        return feed.oldestAfter(index.appliedPosition())
                .map(at -> Math.max(0, clock.millis() - at.toEpochMilli()) / 1000.0)
                .orElse(0.0);
    }
}

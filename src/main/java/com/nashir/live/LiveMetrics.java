package com.nashir.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The live "عاجل" streams in Prometheus: {@code nashir_live_streams}, the streams open on this node now. */
@Component
class LiveMetrics implements MeterBinder {
    private final LiveBreakingHub hub;

    LiveMetrics(LiveBreakingHub hub) {
        this.hub = hub;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("nashir.live.streams", hub, LiveBreakingHub::connections)
                .description("Open live breaking-news streams on this node")
                .register(registry);
    }
}

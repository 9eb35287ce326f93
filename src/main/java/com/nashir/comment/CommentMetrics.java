package com.nashir.comment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The moderation queue in Prometheus: comments waiting for review ({@code nashir_comments_pending}), read at each scrape. */
@Component
class CommentMetrics implements MeterBinder {
    private final CommentRepository comments;

    CommentMetrics(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("nashir.comments.pending", comments, c -> c.count(CommentStatus.PENDING, null))
                .description("Readers' comments waiting for moderation")
                .register(registry);
    }
}

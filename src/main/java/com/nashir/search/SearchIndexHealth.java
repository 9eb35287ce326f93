package com.nashir.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "searchIndex" health component, part of the readiness group: a node whose index is still
 * being built for the first time (a new node, an upgrade that changed the index) is out of
 * service, so a balancer sends readers elsewhere until its search answers in full.
 */
@Component("searchIndexHealthIndicator") // health component "searchIndex"
class SearchIndexHealth implements HealthIndicator {
    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return index.ready()
                ? Health.up().build()
                : Health.outOfService().withDetail("index", "building").build();
    }
}

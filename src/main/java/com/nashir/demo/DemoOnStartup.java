package com.nashir.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo on start-up, unless NASHIR_DEMO=false. Runs after the
 * database is migrated and before the web server opens, so the first reader never sees an
 * empty site.
 */
@Component
@ConditionalOnProperty(name = "nashir.demo", havingValue = "true")
class DemoOnStartup implements SmartInitializingSingleton {
    private final DemoContent demo;

    DemoOnStartup(DemoContent demo) {
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        demo.loadIfEmpty();
    }
}

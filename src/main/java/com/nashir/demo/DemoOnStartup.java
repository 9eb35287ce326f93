package com.nashir.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Fills an empty database with the demo on start-up, unless NASHIR_DEMO=false. */
@Component
@ConditionalOnProperty(name = "nashir.demo", havingValue = "true")
class DemoOnStartup implements ApplicationRunner {
    private final DemoContent demo;

    DemoOnStartup(DemoContent demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.loadIfEmpty();
    }
}

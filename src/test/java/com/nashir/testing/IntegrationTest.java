package com.nashir.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full Nashir on a random port with a fresh database of the engine under test and no demo
 * content. All test classes with this annotation share one running application per engine, so
 * tests create their own sections and articles and never assume an empty site. The site keeps the
 * seed site's closed-comments wording ("عذراً التعليقات مغلقة", a setting), as the seed article shows it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineAvailable.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nashir.demo=false",
            "nashir.scheduler.interval=1s",
            // Dropped live streams are noticed at the next heartbeat; tests wait for that.
            "nashir.live.heartbeat=2s",
            "nashir.site.comments-closed-notice=عذراً التعليقات مغلقة",
            // Tests play readers from many addresses through a proxy on loopback that names them (X-Forwarded-For), as
            // behind nginx; ForwardedHeadersIT and PageCacheSchemeIT run the default (no proxy trusted) in a context of
            // their own.
            "nashir.trusted-proxies=127.0.0.0/8 ::1",
            // Related articles searched whole: the same page whatever the machine's load.
            "nashir.search.related-budget=30s",
            "nashir.search.busy-load=2"
        })
@ContextConfiguration(initializers = TestDatabase.class)
@org.springframework.context.annotation.Import(SqlStatements.Config.class)
public @interface IntegrationTest {}

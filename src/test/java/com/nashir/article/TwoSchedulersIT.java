package com.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.OtherNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two Nashir nodes on one database, both running the scheduler every second: each scheduled
 * article is published exactly once.
 */
@IntegrationTest
class TwoSchedulersIT {
    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void everyScheduledArticleIsPublishedOnceWithTwoNodes() throws Exception {
        Http http = new Http(port);
        String section = new Fixtures(http).section();
        try (ConfigurableApplicationContext second = OtherNode.startPlain(env, "--nashir.scheduler.interval=1s")) {
            List<Long> ids = new ArrayList<>();
            Instant at = Instant.now().plusSeconds(4);
            for (int i = 0; i < 8; i++) {
                var a = Fixtures.article(section, "خبر مجدول للعقدتين " + i);
                a.put("publishedAt", at.toString());
                var r = http.api("POST", "/api/v1/articles", Http.json(a));
                assertThat(r.json().get("status").asString()).isEqualTo("scheduled");
                ids.add(r.json().get("id").asLong());
            }
            await().atMost(Duration.ofSeconds(35))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> allPublished(http, ids));
            Thread.sleep(2_500); // let both schedulers run a few more times
            Map<String, Long> publishedEvents = http.api("GET", "/api/v1/audit?perPage=100", null)
                    .json()
                    .get("items")
                    .valueStream()
                    .filter(e -> e.get("action").asString().equals("article.published")
                            && e.get("actor").asString().equals("scheduler"))
                    .map(e -> e.get("target").asString())
                    .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            for (long id : ids) {
                assertThat(publishedEvents.get("article " + id))
                        .as("publications of article " + id)
                        .isEqualTo(1L);
            }
        }
    }

    private static boolean allPublished(Http http, List<Long> ids) {
        return ids.stream()
                .allMatch(id -> http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("status")
                        .asString()
                        .equals("published"));
    }
}

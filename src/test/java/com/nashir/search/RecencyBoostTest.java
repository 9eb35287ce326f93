package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recency clause's score bounds let a search skip documents; skipping must never change a
 * page. Every search here runs twice, once letting Lucene skip (what the site does) and once
 * scoring every match, and both must return the same documents with the same scores, over
 * several segments, articles from the future (the newsroom's scheduled ones) and drafts
 * without a publication time.
 */
class RecencyBoostTest {
    private static final Instant NOW = DemoCorpus.NOW;
    private static final Duration HALF_LIFE = Duration.ofDays(30);
    private static final String[] WORDS = {
        "مفاوضات",
        "الحكومة",
        "انتخابات",
        "الاقتصاد",
        "قمة",
        "الرياضة",
        "طقس",
        "غزة",
        "النفط",
        "البرلمان",
        "تطبيع",
        "حميميم"
    };

    private SearchEngine engine;

    @BeforeEach
    void open() throws IOException {
        engine = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    @Test
    void skippingDocumentsNeverChangesThePage() {
        Random random = new Random(3);
        for (int i = 1; i <= 6000; i++) {
            Instant published = switch (i % 50) {
                case 0 -> null; // a draft
                case 1 -> NOW.plus(Duration.ofHours(1 + random.nextInt(500))); // scheduled
                default -> NOW.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            };
            engine.put(new SearchDocument(
                    i,
                    "a" + i,
                    text(random, 6),
                    "",
                    "",
                    text(random, 40),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    published == null ? "draft" : "published",
                    published,
                    published,
                    null));
            if (i % 1500 == 0) {
                engine.refresh(); // several segments
            }
        }
        engine.refresh();
        List<String> queries = new ArrayList<>(List.of(WORDS));
        queries.add("مفاوضات الحكومة");
        queries.add("قمة OR طقس");
        queries.add("النفط -غزة");
        queries.add("\"قمة النفط\"");
        for (String q : queries) {
            for (int page : new int[] {1, 3}) {
                List<ScoreDoc> skipping = top(q, page, page * 10);
                List<ScoreDoc> everything = top(q, page, Integer.MAX_VALUE);
                assertThat(skipping).as(q).isNotEmpty();
                assertThat(skipping)
                        .as(q + " page " + page)
                        .extracting(d -> d.doc)
                        .containsExactlyElementsOf(
                                everything.stream().map(d -> d.doc).toList());
                for (int i = 0; i < skipping.size(); i++) {
                    assertThat(skipping.get(i).score).isEqualTo(everything.get(i).score);
                }
            }
        }
    }

    @Test
    void theBonusHalvesAtTheHalfLifeAndDoesNotRankTheFutureFirst() {
        assertThat(RecencyBoost.bonus(0, HALF_LIFE)).isEqualTo(RecencyBoost.WEIGHT);
        assertThat(RecencyBoost.bonus(HALF_LIFE.toMillis(), HALF_LIFE)).isEqualTo(RecencyBoost.WEIGHT / 2.0);
        assertThat(RecencyBoost.bonus(-HALF_LIFE.toMillis(), HALF_LIFE)).isEqualTo(RecencyBoost.WEIGHT / 2.0);
    }

    /** Page {@code page} of a ranked search over every document (drafts and future ones too). */
    private List<ScoreDoc> top(String q, int page, int countUpTo) {
        return engine.withSearcher(s -> IndexQueries.run(
                        s,
                        engine,
                        q,
                        new org.apache.lucene.search.MatchAllDocsQuery(),
                        false,
                        page,
                        10,
                        NOW,
                        HALF_LIFE,
                        countUpTo)
                .page());
    }

    private static String text(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}

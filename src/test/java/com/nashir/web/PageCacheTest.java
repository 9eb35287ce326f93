package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.system.ContentKeys;
import com.nashir.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private TestClock clock;
    private PageCache cache;

    @BeforeEach
    void setUp() {
        clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
        cache = new PageCache(PageCacheSettings.defaults().keepingEveryPage(), clock);
    }

    /** Renders {@code key} as a request would: lookup, store, finish. */
    private CachedPage render(String key, String body, String... keys) {
        PageCache.Lookup l = cache.lookup(key);
        assertThat(l.outcome()).isEqualTo(PageCache.Outcome.RENDER);
        long changes = cache.changeCount();
        long generation = cache.generation();
        CachedPage p = cache.store(key, bytes(body), "text/html", Set.of(keys), List.of(), null, changes, generation);
        cache.finished(key, l.render(), p);
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStoredPageIsAHit() {
        render("/news/1", "article", ContentKeys.article(1));
        assertThat(cache.lookup("/news/1").outcome()).isEqualTo(PageCache.Outcome.HIT);
        assertThat(cache.fresh("/news/1")).isNotNull();
    }

    /** By default a page is kept from its second request: most of an archive is asked for once. */
    @Test
    void aPageIsKeptFromItsSecondRequest() {
        cache = new PageCache(PageCacheSettings.defaults(), clock);
        CachedPage first = render("/news/1", "article", ContentKeys.article(1));
        assertThat(first.etag()).as("sent with its validators all the same").isNotBlank();
        assertThat(cache.peek("/news/1")).as("asked for once: not kept").isNull();
        render("/news/1", "article", ContentKeys.article(1));
        assertThat(cache.lookup("/news/1").outcome()).isEqualTo(PageCache.Outcome.HIT);
        render("/news/2", "another", ContentKeys.article(2));
        assertThat(cache.peek("/news/2")).isNull();
        // A page a change dropped was read more than once: its next render keeps it.
        cache.purge(Set.of(ContentKeys.article(1)), false);
        render("/news/1", "article, corrected", ContentKeys.article(1));
        assertThat(cache.lookup("/news/1").outcome()).isEqualTo(PageCache.Outcome.HIT);
    }

    @Test
    void requestsWaitingForAFirstRenderGetItsPage() {
        cache = new PageCache(PageCacheSettings.defaults(), clock);
        PageCache.Lookup renders = cache.lookup("/news/3");
        PageCache.Lookup waits = cache.lookup("/news/3");
        assertThat(waits.outcome()).isEqualTo(PageCache.Outcome.WAIT);
        CachedPage p = cache.store(
                "/news/3",
                bytes("a page"),
                "text/html",
                Set.of(ContentKeys.article(3)),
                List.of(),
                null,
                cache.changeCount(),
                cache.generation());
        cache.finished("/news/3", renders.render(), p);
        assertThat(cache.await(waits.render())).isSameAs(p);
        assertThat(cache.lookup("/news/3").outcome())
                .as("asked for twice (once while it rendered): kept")
                .isEqualTo(PageCache.Outcome.HIT);
    }

    @Test
    void aChangeDropsExactlyThePagesThatShowWhatChanged() {
        render("/news/1", "one", ContentKeys.article(1), ContentKeys.tag(7));
        render("/news/2", "two", ContentKeys.article(2));
        render("/tag/x", "tag page", ContentKeys.tagList(7), ContentKeys.article(1));
        cache.purge(Set.of(ContentKeys.article(1)), false);
        assertThat(cache.fresh("/news/1")).isNull();
        assertThat(cache.fresh("/tag/x")).isNull();
        assertThat(cache.fresh("/news/2"))
                .as("an unrelated article keeps its entry")
                .isNotNull();
        assertThat(cache.lookup("/news/1").outcome())
                .as("dropped, not kept stale")
                .isEqualTo(PageCache.Outcome.RENDER);
    }

    @Test
    void aPageRenderedWhileWhatItShowsChangedIsStoredStale() {
        PageCache.Lookup l = cache.lookup("/news/1");
        long changes = cache.changeCount();
        long generation = cache.generation();
        cache.purge(Set.of(ContentKeys.article(1)), false); // the article changed during the render
        cache.store(
                "/news/1",
                bytes("old"),
                "text/html",
                Set.of(ContentKeys.article(1)),
                List.of(),
                null,
                changes,
                generation);
        cache.finished("/news/1", l.render(), null);
        assertThat(cache.fresh("/news/1")).isNull();
    }

    @Test
    void aPageRenderedWhileSomethingElseChangedIsStoredFresh() {
        PageCache.Lookup l = cache.lookup("/news/1");
        long changes = cache.changeCount();
        long generation = cache.generation();
        cache.purge(Set.of(ContentKeys.article(99)), false);
        cache.store(
                "/news/1",
                bytes("page"),
                "text/html",
                Set.of(ContentKeys.article(1)),
                List.of(),
                null,
                changes,
                generation);
        cache.finished("/news/1", l.render(), null);
        assertThat(cache.fresh("/news/1")).isNotNull();
    }

    @Test
    void requestsForAPageBeingRenderedWaitForThatRender() {
        PageCache.Lookup first = cache.lookup("/");
        PageCache.Lookup second = cache.lookup("/");
        assertThat(first.outcome()).isEqualTo(PageCache.Outcome.RENDER);
        assertThat(second.outcome()).isEqualTo(PageCache.Outcome.WAIT);
        CachedPage p = cache.store(
                "/",
                bytes("home"),
                "text/html",
                Set.of(ContentKeys.LATEST),
                List.of(),
                null,
                cache.changeCount(),
                cache.generation());
        cache.finished("/", first.render(), p);
        assertThat(cache.await(second.render())).isSameAs(p);
    }

    @Test
    void aSoftChangeServesTheStaleCopyToOthersWhileOneRequestRenders() {
        render("/", "home", ContentKeys.LATEST);
        cache.purge(Set.of(ContentKeys.BREAKING), true);
        PageCache.Lookup first = cache.lookup("/");
        PageCache.Lookup second = cache.lookup("/");
        assertThat(first.outcome()).isEqualTo(PageCache.Outcome.RENDER);
        assertThat(first.page()).as("the stale copy is at hand").isNotNull();
        assertThat(second.outcome()).isEqualTo(PageCache.Outcome.STALE);
        assertThat(new String(second.page().body(), StandardCharsets.UTF_8)).isEqualTo("home");
    }

    @Test
    void aSoftChangeToTheFrameMakesEveryPageStale() {
        render("/", "home", ContentKeys.LATEST);
        render("/news/1", "one", ContentKeys.article(1));
        cache.purge(Set.of(ContentKeys.MENU), true);
        assertThat(cache.fresh("/")).isNull();
        assertThat(cache.fresh("/news/1")).isNull();
        assertThat(cache.lookup("/news/1").page())
                .as("kept for stale-while-revalidate")
                .isNotNull();
    }

    @Test
    void pagesGoStaleAfterTheirLifetimeOrTheMomentTheyNamed() {
        render("/news/1", "one", ContentKeys.article(1));
        PageCache.Lookup l = cache.lookup("/news/2");
        cache.store(
                "/news/2",
                bytes("two"),
                "text/html",
                Set.of(ContentKeys.article(2)),
                List.of(),
                clock.instant().plus(Duration.ofMinutes(1)),
                cache.changeCount(),
                cache.generation());
        cache.finished("/news/2", l.render(), null);
        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.fresh("/news/2")).as("comments closed a minute in").isNull();
        assertThat(cache.fresh("/news/1")).isNotNull();
        clock.advance(PageCacheSettings.defaults().ttl());
        assertThat(cache.fresh("/news/1")).isNull();
    }

    @Test
    void sameBytesKeepTheirLastModified() {
        CachedPage first = render("/", "page", ContentKeys.LATEST);
        clock.advance(Duration.ofMinutes(3));
        cache.purge(Set.of(ContentKeys.LATEST), false);
        CachedPage second = render("/", "page", ContentKeys.LATEST);
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(second.lastModified()).isEqualTo(first.lastModified());
        clock.advance(Duration.ofMinutes(3));
        cache.purge(Set.of(ContentKeys.LATEST), false);
        CachedPage third = render("/", "other page", ContentKeys.LATEST);
        assertThat(third.lastModified()).isAfter(first.lastModified());
    }

    @Test
    void theMemoryBoundHolds() {
        PageCacheSettings small = new PageCacheSettings(null, null, null, 200_000L, null, null, null, null, true);
        PageCache bounded = new PageCache(small, clock);
        for (int i = 0; i < 200; i++) {
            PageCache.Lookup l = bounded.lookup("/news/" + i);
            CachedPage p = bounded.store(
                    "/news/" + i,
                    new byte[10_000],
                    "text/html",
                    Set.of(ContentKeys.article(i)),
                    List.of(),
                    null,
                    bounded.changeCount(),
                    bounded.generation());
            bounded.finished("/news/" + i, l.render(), p);
        }
        bounded.cleanUp();
        assertThat(bounded.weightedBytes()).isLessThanOrEqualTo(200_000L);
        assertThat(bounded.size()).isBetween(5L, 15L);
    }
}

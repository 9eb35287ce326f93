package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A node stopping while its first index build still runs in the background: the build finishes
 * after the index worker has shut down, and the node says nothing alarming about it (the built
 * generation is current and opens at the next start).
 */
class SearchIndexShutdownTest {
    @TempDir
    Path data;

    final IndexBuilder builder = mock(IndexBuilder.class);
    final SearchFeed feed = mock(SearchFeed.class);
    final SiteSettingsStore site = mock(SiteSettingsStore.class);
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(SearchIndex.class);

    @BeforeEach
    void aNodeWithoutAnIndex() {
        SiteSettings settings = mock(SiteSettings.class);
        when(settings.zone()).thenReturn(ZoneOffset.UTC);
        when(site.current()).thenReturn(settings);
        when(feed.after(anyLong(), anyInt())).thenReturn(List.of());
        when(feed.withIds(any())).thenReturn(List.of());
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logged);
    }

    @Test
    void aBuildFinishingAfterTheNodeStopped_logsNoError() throws Exception {
        var release = new CountDownLatch(1);
        when(builder.rebuild(any())).thenAnswer(i -> {
            release.await(10, TimeUnit.SECONDS);
            return new IndexBuilder.Built("g2", 0, 0, 1);
        });
        var index = new SearchIndex(
                new IndexLocation(new DataDirectory(data.toString())),
                builder,
                mock(ArticleDocuments.class),
                feed,
                site,
                Clock.systemUTC(),
                true,
                Duration.ofDays(7));

        index.start();
        Thread rebuild = thread("search-rebuild");
        index.stop();
        release.countDown();
        rebuild.join(10_000);

        assertThat(rebuild.isAlive()).isFalse();
        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        verify(builder).rebuild(any());
    }

    private static Thread thread(String name) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals(name)) {
                    return t;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no thread " + name);
    }
}

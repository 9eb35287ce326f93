package com.nashir.reading;

import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The most-read articles ("الأكثر قراءة") of the last 24 hours, of the site and of each section,
 * held in memory and computed again every minute from the shared counts ({@link ViewCounts}):
 * pages show the ranking without a statement of their own, and a view never touches a page. The
 * ranking is as old as the last computation (a minute at most) plus however long a page stays in
 * the page cache. An article of the ranking that changes (unpublished, renamed) is computed again
 * at once, so the block never shows what the site no longer publishes.
 */
@Component
public class MostRead {
    /** The span a ranking counts. */
    public static final Duration WINDOW = Duration.ofHours(24);
    /** How many a block shows. */
    public static final int SHOWN = 5;
    /** How many of the most viewed the sections' rankings are drawn from. */
    private static final int DEPTH = 300;

    /** A ranking: the site's most read, and each section's, with each one's views. */
    public record Ranking(List<Entry> site, Map<Long, List<Entry>> bySection, Instant computedAt) {
        static final Ranking NONE = new Ranking(List.of(), Map.of(), Instant.EPOCH);

        public List<Entry> section(long sectionId) {
            return bySection.getOrDefault(sectionId, List.of());
        }
    }

    /** One ranked article and its views in the window. */
    public record Entry(PublicCard card, long views) {}

    private final ViewCounts counts;
    private final PublishedArticles published;
    private final Clock clock;
    private volatile Ranking ranking;
    private volatile Set<String> keys = Set.of();

    MostRead(ViewCounts counts, PublishedArticles published, Clock clock) {
        this.counts = counts;
        this.published = published;
        this.clock = clock;
    }

    public Ranking current() {
        Ranking r = ranking;
        return r != null ? r : refresh();
    }

    /** Computes the ranking again (every minute, and when one of its articles changes). */
    @Scheduled(
            fixedDelayString = "${nashir.views.ranking-interval:60s}",
            initialDelayString = "${nashir.views.ranking-interval:60s}")
    public synchronized Ranking refresh() {
        Instant now = clock.instant();
        List<long[]> rows = counts.since(now.minus(WINDOW), DEPTH);
        Map<Long, Long> views = new HashMap<>();
        rows.forEach(r -> views.put(r[0], r[1]));
        List<Entry> all = published.cards(rows.stream().map(r -> r[0]).toList()).stream()
                .map(c -> new Entry(c, views.get(c.id())))
                .toList();
        Map<Long, List<Entry>> bySection = all.stream()
                .collect(Collectors.groupingBy(
                        e -> e.card().section().id(),
                        Collectors.collectingAndThen(
                                Collectors.toList(), l -> List.copyOf(l.subList(0, Math.min(SHOWN, l.size()))))));
        Ranking r = new Ranking(List.copyOf(all.subList(0, Math.min(SHOWN, all.size()))), Map.copyOf(bySection), now);
        keys = all.stream().map(e -> ContentKeys.article(e.card().id())).collect(Collectors.toUnmodifiableSet());
        ranking = r;
        return r;
    }

    /** Before the page cache drops pages for the same change (it listens later), so they render with the new ranking. */
    @Order(0)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ContentChange change) {
        if (ranking != null
                && (change instanceof RemoteContentChange r && r.everything()
                        || change.keys().contains(ContentKeys.BYLINES)
                        || change.keys().stream().anyMatch(keys::contains))) {
            refresh();
        }
    }
}

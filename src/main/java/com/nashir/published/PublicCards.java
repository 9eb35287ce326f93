package com.nashir.published;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;

/**
 * The cards of public articles that other articles' pages show ("اقرأ أيضاً", the most read),
 * kept in memory. On a long tail of uncached article pages, reading those four to eight cards
 * (and their authors) from rows spread over the whole archive was a fifth of a page's time;
 * the same stories are named by many pages (related lists lean to the recent and the close), so
 * a bounded set of cards answers most of them.
 *
 * <p>A card is kept only as it was read from the database while public, and dropped when its
 * article changes ({@code a42}), or with every other card when what every card shows changes (a
 * section's name, a byline) or this node may have missed changes: the same {@link ContentChange}s
 * the page cache follows, on every node. A read that started before a change is never kept after
 * it ({@link #changes()}).
 */
@Component
class PublicCards {
    private final Cache<Long, PublicCard> cards;
    private final AtomicLong changes = new AtomicLong();

    /** Bounded by {@code nashir.public-cards.max-memory}, or an eighth of the heap when not set. */
    @org.springframework.beans.factory.annotation.Autowired
    PublicCards(@Value("${nashir.public-cards.max-memory:}") String maxMemory) {
        this(maxMemory.isBlank() ? DataSize.ofBytes(Runtime.getRuntime().maxMemory() / 8) : DataSize.parse(maxMemory));
    }

    PublicCards(DataSize maxMemory) {
        this.cards = Caffeine.newBuilder()
                .maximumWeight(maxMemory.toBytes())
                .weigher((Long id, PublicCard c) -> weight(c))
                .build();
    }

    /** The kept cards among {@code ids}. */
    Map<Long, PublicCard> get(Collection<Long> ids) {
        return cards.getAllPresent(ids);
    }

    /** A count of the changes heard: read it before the statement whose cards are then {@link #keep kept}. */
    long changes() {
        return changes.get();
    }

    /** Keeps public cards read since {@code changesBefore} was taken, unless a change came in between. */
    void keep(List<PublicCard> read, long changesBefore) {
        Map<Long, PublicCard> byId = new HashMap<>();
        read.forEach(c -> byId.put(c.id(), c));
        if (changes.get() == changesBefore) {
            cards.putAll(byId);
            if (changes.get() != changesBefore) {
                cards.invalidateAll(byId.keySet());
            }
        }
    }

    /** Before the page cache renders pages again for the same change (it listens later), so they show the new cards. */
    @Order(-10)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ContentChange change) {
        changes.incrementAndGet();
        if (change instanceof RemoteContentChange r && r.everything()
                || change.keys().stream().anyMatch(PublicCards::everyCard)) {
            cards.invalidateAll();
            return;
        }
        for (String key : change.keys()) {
            long id = ContentKeys.articleOf(key);
            if (id >= 0) {
                cards.invalidate(id);
            }
        }
    }

    /** A change every card may show: a section's name or place, an author's or desk's name. */
    private static boolean everyCard(String key) {
        return key.equals(ContentKeys.BYLINES) || ContentKeys.sectionOf(key) >= 0;
    }

    /** Bytes a card holds, roughly: its texts (two bytes a letter for Arabic) and the records around them. */
    private static int weight(PublicCard c) {
        int chars = c.headline().length()
                + c.slug().length()
                + (c.kicker() == null ? 0 : c.kicker().length())
                + (c.summary() == null ? 0 : c.summary().length());
        if (c.image() != null) {
            chars += c.image().url().length()
                    + (c.image().caption() == null ? 0 : c.image().caption().length())
                    + (c.image().alt() == null ? 0 : c.image().alt().length());
        }
        return 2 * chars + 400;
    }
}

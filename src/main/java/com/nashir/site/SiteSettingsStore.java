package com.nashir.site;

import com.nashir.arabic.DateStyle;
import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.MediaSize;
import com.nashir.system.NotFoundException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The site settings in force now: the configured values ({@code nashir.site.*}) until an admin
 * saves the settings page, the stored row after that.
 *
 * <p>Every app node keeps a copy and re-reads the row's version once a second in the background,
 * never on a reader's request (a page asks the database only for its own content). When the version moved, the node reloads and publishes a
 * {@link SettingsChanged}, so its page cache drops pages rendered with the old settings.
 * The copy is replaced before the event is published: a page rendered after the cache is cleared
 * already uses the new settings.
 */
@Component
public class SiteSettingsStore {
    private static final Logger log = LoggerFactory.getLogger(SiteSettingsStore.class);

    /** What identifies a stored state: its version, and its logo (the database clears that when the image is deleted). */
    private record Stamp(int version, Long logoMediaId) {
        static final Stamp CONFIGURED = new Stamp(0, null);
        static final Stamp UNREAD = new Stamp(-1, null);
    }

    private record Snapshot(SiteSettings settings, Stamp stamp, long checkedAt) {}

    private final SiteSettings configured;
    private final SiteSettingsRows rows;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    SiteSettingsStore(
            SiteProperties properties, SiteSettingsRows rows, MediaLibrary media, ApplicationEventPublisher events) {
        this.configured = SiteSettings.from(properties);
        this.rows = rows;
        this.media = media;
        this.events = events;
    }

    /** The settings in force, at most about a second behind a save made on another node. */
    public SiteSettings current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = refresh(true);
        }
        return s.settings();
    }

    /** The configured values: the settings before any admin saved them. */
    public SiteSettings configured() {
        return configured;
    }

    /** Re-reads the row now (after a save on this node), announcing a change. */
    SiteSettings reload() {
        return refresh(true).settings();
    }

    /** Keeps an idle node honest: pages served from its cache never call {@link #current()}. */
    @Scheduled(
            fixedDelayString = "${nashir.site.recheck-interval:1s}",
            initialDelayString = "${nashir.site.recheck-interval:1s}")
    void poll() {
        refresh(false);
    }

    private Snapshot refresh(boolean wait) {
        if (!loading.tryLock()) {
            Snapshot s = snapshot;
            if (s != null && !wait) {
                return s; // another thread is reading the row right now
            }
            loading.lock();
        }
        try {
            Snapshot old = snapshot;
            long now = System.nanoTime();
            Optional<SiteSettingsRow> row;
            try {
                row = rows.find();
            } catch (DataAccessException e) {
                log.warn("Cannot read the site settings, keeping the ones in use: {}", e.getMessage());
                snapshot = old != null
                        ? new Snapshot(old.settings(), old.stamp(), now)
                        : new Snapshot(configured, Stamp.UNREAD, now);
                return snapshot;
            }
            Stamp stamp = row.map(r -> new Stamp(r.version(), r.logoMediaId())).orElse(Stamp.CONFIGURED);
            if (old != null && old.stamp().equals(stamp)) {
                snapshot = new Snapshot(old.settings(), stamp, now);
                return snapshot;
            }
            snapshot = new Snapshot(row.map(this::fromRow).orElse(configured), stamp, now);
            if (old != null) {
                events.publishEvent(new SettingsChanged(stamp.version()));
            }
            return snapshot;
        } finally {
            loading.unlock();
        }
    }

    /** The stored values were checked when saved; one that no longer parses (a zone removed from tzdb) falls back to the configured one. */
    private SiteSettings fromRow(SiteSettingsRow r) {
        DateStyle base = configured.dateStyle();
        ZoneId zone = base.zone();
        MonthStyle months = base.months();
        DigitStyle digits = base.digits();
        FeedContent feedContent = configured.feedContent();
        try {
            zone = ZoneId.of(r.timeZone());
            months = MonthStyle.parse(r.months());
            digits = DigitStyle.parse(r.digits());
            feedContent = FeedContent.parse(r.feedContent());
        } catch (DateTimeException | IllegalArgumentException e) {
            log.warn("Stored site setting no longer valid, using the configured value instead: {}", e.getMessage());
        }
        return new SiteSettings(
                r.name(),
                r.tagline(),
                configured.baseUrl(),
                new DateStyle(zone, months, digits, r.hijri()),
                r.pageSize(),
                logo(r.logoMediaId()),
                r.commentsCloseDays(),
                r.trustReturningCommenters(),
                feedContent,
                r.commentsClosedNotice());
    }

    private SiteLogo logo(Long mediaId) {
        if (mediaId == null) {
            return null;
        }
        try {
            MediaItem item = media.get(mediaId);
            MediaSize smallest = item.sizes().get(0);
            return new SiteLogo(item.id(), smallest.path(), smallest.width(), smallest.height());
        } catch (NotFoundException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}

package com.nashir.site;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import com.nashir.audit.AuditLog;
import com.nashir.media.MediaLibrary;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading and saving the site settings (admins only). A save is checked as a whole, written with
 * its audit entry in one transaction, then takes effect on this node at once and on the others
 * within about a second (see {@link SiteSettingsStore}).
 */
@Service
public class SiteSettingsService {
    static final int MAX_NAME = 200;
    static final int MAX_TAGLINE = 300;

    private final SiteSettingsStore store;
    private final SiteSettingsRows rows;
    private final MediaLibrary media;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    SiteSettingsService(
            SiteSettingsStore store,
            SiteSettingsRows rows,
            MediaLibrary media,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.rows = rows;
        this.media = media;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The editable values, in wire words ("levantine", "eastern", "summary"). {@code logoMediaId} null = no
     * logo. {@code version}, when given, must be the version the caller read: a save based on an
     * older one is refused rather than overwriting someone else's change.
     */
    public record SettingsInput(
            String name,
            String tagline,
            Long logoMediaId,
            String timeZone,
            String months,
            String digits,
            Boolean hijri,
            Integer commentsCloseDays,
            Integer pageSize,
            Boolean trustReturningCommenters,
            String feedContent,
            String commentsClosedNotice,
            Integer version) {}

    /**
     * The settings as an admin sees them: the values, who saved them last and when ({@code saved}
     * false and those null while the configured values are in force), and the settings in effect.
     */
    public record StoredSettings(
            SettingsInput values, boolean saved, Instant updatedAt, String updatedBy, SiteSettings effective) {}

    public StoredSettings read(Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        return stored();
    }

    public StoredSettings save(Actor actor, SettingsInput in) {
        actor.require(Permission.MANAGE_SETTINGS);
        SiteSettingsRow next = check(in, actor.name());
        tx.executeWithoutResult(status -> {
            var current = rows.find();
            int version = current.map(SiteSettingsRow::version).orElse(0);
            if (in.version() != null && in.version() != version) {
                throw stale();
            }
            try {
                if (current.isEmpty()) {
                    rows.insert(next);
                } else if (!rows.update(next, version)) {
                    throw stale();
                }
            } catch (DuplicateKeyException e) {
                throw stale();
            } catch (DataIntegrityViolationException e) {
                // The only reference is the logo: its image was deleted after it was checked above.
                throw new InvalidInputException("logoMediaId", Messages.text("site.logo.deleted"));
            }
            SettingsInput before = current.map(SiteSettingsService::values).orElseGet(() -> values(store.configured()));
            audit.record(actor, "settings.update", "settings", changes(before, values(next)));
        });
        reloadAfterCommit();
        return stored();
    }

    /**
     * The store reads the row again once it is committed: read inside a caller's transaction (the
     * first setup names the site in its own), the background check would put the committed old
     * row back a moment later, and a page in between showed the old name.
     */
    private void reloadAfterCommit() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            store.reload();
                        }
                    });
        } else {
            store.reload();
        }
    }

    /**
     * Gives the site its name and keeps every other setting as it is (the setup page of a new
     * site asks only for the name). The same name as now writes nothing, so the configured values
     * stay in force until an admin saves the settings page.
     */
    public StoredSettings rename(Actor actor, String name) {
        SettingsInput now = read(actor).values();
        if (strip(name).equals(now.name())) {
            return stored();
        }
        return save(
                actor,
                new SettingsInput(
                        name,
                        now.tagline(),
                        now.logoMediaId(),
                        now.timeZone(),
                        now.months(),
                        now.digits(),
                        now.hijri(),
                        now.commentsCloseDays(),
                        now.pageSize(),
                        now.trustReturningCommenters(),
                        now.feedContent(),
                        now.commentsClosedNotice(),
                        now.version()));
    }

    /** The rule for a site name, for every form that asks for one ({@code field} as that form names it). */
    public static void checkName(String name, String field, Validation v) {
        String n = strip(name);
        v.require(!n.isEmpty(), field, Messages.text("site.name.required"));
        v.require(
                n.length() <= MAX_NAME,
                field,
                Messages.text(
                        "site.name.too-long", ArabicCount.after(MAX_NAME, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
    }

    private StoredSettings stored() {
        SiteSettings effective = store.current();
        return rows.find()
                .map(r -> new StoredSettings(values(r), true, r.updatedAt(), r.updatedBy(), effective))
                .orElseGet(() -> new StoredSettings(values(store.configured()), false, null, null, effective));
    }

    /** Every mistake at once, before anything is written. */
    private SiteSettingsRow check(SettingsInput in, String by) {
        Validation v = new Validation();
        String name = strip(in.name());
        checkName(name, "name", v);
        String tagline = strip(in.tagline());
        v.require(
                tagline.length() <= MAX_TAGLINE,
                "tagline",
                Messages.text(
                        "site.tagline.too-long",
                        ArabicCount.after(MAX_TAGLINE, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        if (in.logoMediaId() != null) {
            try {
                media.get(in.logoMediaId());
            } catch (NotFoundException e) {
                v.add("logoMediaId", Messages.text("site.logo.not-found", in.logoMediaId()));
            }
        }
        String zone = strip(in.timeZone());
        try {
            zone = ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            v.add(
                    "timeZone",
                    zone.isEmpty()
                            ? Messages.text("site.time-zone.required")
                            : Messages.text("site.time-zone.unknown", zone));
        }
        String months = word(in.months());
        try {
            MonthStyle.parse(months);
        } catch (IllegalArgumentException e) {
            v.add("months", Messages.text("site.months.invalid"));
        }
        String digits = word(in.digits());
        try {
            DigitStyle.parse(digits);
        } catch (IllegalArgumentException e) {
            v.add("digits", Messages.text("site.digits.invalid"));
        }
        v.require(in.hijri() != null, "hijri", Messages.text("site.hijri.required"));
        Integer days = in.commentsCloseDays();
        v.require(
                days != null && days >= 0 && days <= SiteSettings.MAX_COMMENTS_CLOSE_DAYS,
                "commentsCloseDays",
                Messages.text("site.comments-close-days.out-of-range", SiteSettings.MAX_COMMENTS_CLOSE_DAYS));
        v.require(
                in.trustReturningCommenters() != null,
                "trustReturningCommenters",
                Messages.text("site.trust-returning.required"));
        Integer size = in.pageSize();
        v.require(
                size != null && size >= 1 && size <= SiteSettings.MAX_PAGE_SIZE,
                "pageSize",
                Messages.text("site.page-size.out-of-range", SiteSettings.MAX_PAGE_SIZE));
        String feed = word(in.feedContent());
        try {
            FeedContent.parse(feed);
        } catch (IllegalArgumentException e) {
            v.add("feedContent", Messages.text("site.feed-content.invalid"));
        }
        // Left out (an API client from before this setting), it stays as it is.
        String closedNotice = in.commentsClosedNotice() == null
                ? store.current().commentsClosedNotice()
                : strip(in.commentsClosedNotice());
        v.require(
                !closedNotice.isEmpty(),
                "commentsClosedNotice",
                Messages.text("site.comments-closed-notice.required", SiteSettings.DEFAULT_COMMENTS_CLOSED_NOTICE));
        v.require(
                closedNotice.length() <= SiteSettings.MAX_COMMENTS_CLOSED_NOTICE,
                "commentsClosedNotice",
                Messages.text(
                        "site.comments-closed-notice.too-long",
                        ArabicCount.after(
                                SiteSettings.MAX_COMMENTS_CLOSED_NOTICE, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.throwIfInvalid();
        return new SiteSettingsRow(
                name,
                tagline,
                in.logoMediaId(),
                zone,
                months,
                digits,
                in.hijri(),
                days,
                in.trustReturningCommenters(),
                size,
                feed,
                closedNotice,
                0,
                clock.instant(),
                by);
    }

    private static ConflictException stale() {
        return new ConflictException("version", Messages.text("site.settings.stale"));
    }

    static SettingsInput values(SiteSettingsRow r) {
        return new SettingsInput(
                r.name(),
                r.tagline(),
                r.logoMediaId(),
                r.timeZone(),
                r.months(),
                r.digits(),
                r.hijri(),
                r.commentsCloseDays(),
                r.pageSize(),
                r.trustReturningCommenters(),
                r.feedContent(),
                r.commentsClosedNotice(),
                r.version());
    }

    static SettingsInput values(SiteSettings s) {
        var d = s.dateStyle();
        return new SettingsInput(
                s.name(),
                s.tagline(),
                s.logo() == null ? null : s.logo().mediaId(),
                d.zone().getId(),
                d.months().wire(),
                d.digits().name().toLowerCase(Locale.ROOT),
                d.hijri(),
                s.commentsCloseDays(),
                s.pageSize(),
                s.trustReturningCommenters(),
                s.feedContent().wire(),
                s.commentsClosedNotice(),
                0);
    }

    /** "months: gulf → levantine; digits: western → eastern", for the audit log. */
    static String changes(SettingsInput a, SettingsInput b) {
        List<String> out = new ArrayList<>();
        diff(out, "name", a.name(), b.name());
        diff(out, "tagline", a.tagline(), b.tagline());
        diff(out, "logoMediaId", a.logoMediaId(), b.logoMediaId());
        diff(out, "timeZone", a.timeZone(), b.timeZone());
        diff(out, "months", a.months(), b.months());
        diff(out, "digits", a.digits(), b.digits());
        diff(out, "hijri", a.hijri(), b.hijri());
        diff(out, "commentsCloseDays", a.commentsCloseDays(), b.commentsCloseDays());
        diff(out, "pageSize", a.pageSize(), b.pageSize());
        diff(out, "trustReturningCommenters", a.trustReturningCommenters(), b.trustReturningCommenters());
        diff(out, "feedContent", a.feedContent(), b.feedContent());
        diff(out, "commentsClosedNotice", a.commentsClosedNotice(), b.commentsClosedNotice());
        return out.isEmpty() ? "(no change)" : String.join("; ", out);
    }

    private static void diff(List<String> out, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(field + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String word(String s) {
        return strip(s).toLowerCase(Locale.ROOT);
    }
}

package com.nashir.breaking;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.system.SafeUrls;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/** Breaking items ("عاجل"): posting, changing, ending, and what is current now. */
@Service
public class BreakingNews {
    /** Breaking news goes stale: without an explicit expiry an item shows for two hours. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(2);

    static final int MAX_SHOWN = 5;

    private final BreakingRepository items;
    private final BreakingEvents log;
    private final Clock clock;

    BreakingNews(BreakingRepository items, BreakingEvents log, Clock clock) {
        this.items = items;
        this.log = log;
        this.clock = clock;
    }

    /** Raw input: {@code expiresAt} is ISO-8601 text so a bad value is reported against its field. */
    public record BreakingInput(String text, String url, String expiresAt) {}

    /** Items showing right now, newest first. */
    public List<BreakingItem> current() {
        return items.findCurrent(clock.instant(), MAX_SHOWN);
    }

    public PageOf<BreakingItem> all(int page, int size) {
        return new PageOf<>(items.findPage(PageOf.offset(page, size), size), Math.max(page, 1), size, items.count());
    }

    public BreakingItem get(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("breaking.not-found")));
    }

    @Transactional
    public BreakingItem post(Actor actor, BreakingInput in) {
        actor.require(Permission.MANAGE_BREAKING);
        Instant now = clock.instant();
        Instant expires = check(in, now);
        long id = items.insert(
                in.text().strip(), blankToNull(in.url()), now, expires == null ? now.plus(DEFAULT_LIFETIME) : expires);
        log.record(BreakingEvent.POSTED, id);
        return get(id);
    }

    /** Changes text, link and (when given) expiry; without a new expiry the old one stays, even a past one. */
    @Transactional
    public BreakingItem update(Actor actor, long id, BreakingInput in) {
        actor.require(Permission.MANAGE_BREAKING);
        BreakingItem current = get(id);
        Instant now = clock.instant();
        Instant expires = check(in, now);
        Instant newExpiry = expires == null ? current.expiresAt() : expires;
        // An item that stays ended needs no "expired" event; one given a future expiry will need one.
        boolean announced = newExpiry != null && !newExpiry.isAfter(now);
        items.update(id, in.text().strip(), blankToNull(in.url()), newExpiry, announced);
        log.record(BreakingEvent.CHANGED, id);
        return get(id);
    }

    /** Ends an item now; it stays in the archive of items. */
    @Transactional
    public BreakingItem end(Actor actor, long id) {
        actor.require(Permission.MANAGE_BREAKING);
        BreakingItem current = get(id);
        items.update(id, current.text(), current.url(), clock.instant(), true);
        log.record(BreakingEvent.ENDED, id);
        return get(id);
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Permission.MANAGE_BREAKING);
        get(id);
        items.delete(id);
        log.record(BreakingEvent.DELETED, id);
    }

    /**
     * Announces every expiry that has passed, each in its own transaction and exactly once across
     * nodes (the claim is a conditional UPDATE only one node can win). Returns how many it announced.
     */
    int announceExpiries(TransactionOperations tx) {
        Instant now = clock.instant();
        int announced = 0;
        for (long id : items.findUnannouncedExpiries(now)) {
            Boolean won = tx.execute(status -> {
                if (!items.claimExpiry(id, now)) {
                    return false;
                }
                log.record(BreakingEvent.EXPIRED, id);
                return true;
            });
            announced += Boolean.TRUE.equals(won) ? 1 : 0;
        }
        return announced;
    }

    /** When the next expiry falls due, if one is waiting to be announced. */
    Optional<Instant> nextExpiry() {
        return items.nextUnannouncedExpiry();
    }

    private static Instant check(BreakingInput in, Instant now) {
        Validation v = new Validation();
        v.require(Validation.present(in.text()), "text", Messages.text("breaking.text.required"));
        v.require(
                in.text() == null || in.text().strip().length() <= 300,
                "text",
                Messages.text(
                        "breaking.text.too-long", ArabicCount.after(300, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(!Validation.present(in.url()) || SafeUrls.isSafe(in.url()), "url", SafeUrls.RULE_AR);
        Instant expires = null;
        if (Validation.present(in.expiresAt())) {
            try {
                expires = OffsetDateTime.parse(in.expiresAt().strip()).toInstant();
                v.require(expires.isAfter(now), "expiresAt", Messages.text("breaking.expires.past"));
            } catch (DateTimeParseException e) {
                v.add("expiresAt", Messages.text("breaking.expires.invalid"));
            }
        }
        v.throwIfInvalid();
        return expires;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

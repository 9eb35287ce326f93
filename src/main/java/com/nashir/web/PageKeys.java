package com.nashir.web;

import com.nashir.published.PublicCard;
import com.nashir.system.ContentKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a public page shows, noted by its controller while it renders: the {@link ContentKeys}
 * the page cache stores the page under (and sends as {@code Surrogate-Key}), and when the page
 * stops being true by itself (comments closing at a given time). The frame's keys (menu, breaking
 * strip, settings, bylines) are on every page and need no noting.
 */
final class PageKeys {
    private static final String KEYS = PageKeys.class.getName() + ".keys";
    private static final String UNTIL = PageKeys.class.getName() + ".until";
    /** On every page; sent in {@code Surrogate-Key} so a CDN can purge every page by one of them too. */
    static final Set<String> FRAME =
            Set.of(ContentKeys.MENU, ContentKeys.BREAKING, ContentKeys.SETTINGS, ContentKeys.BYLINES);

    private PageKeys() {}

    static void add(HttpServletRequest request, String... keys) {
        Set<String> set = keys(request);
        for (String k : keys) {
            set.add(k);
        }
    }

    static void add(HttpServletRequest request, Collection<String> keys) {
        keys(request).addAll(keys);
    }

    /** Each card's article. */
    static void cards(HttpServletRequest request, Collection<? extends PublicCard> cards) {
        Set<String> set = keys(request);
        cards.forEach(c -> set.add(ContentKeys.article(c.id())));
    }

    /** The page stops being fresh at {@code instant} even if nothing changes (the earliest such time wins). */
    static void freshUntil(HttpServletRequest request, Instant instant) {
        Instant current = (Instant) request.getAttribute(UNTIL);
        if (instant != null && (current == null || instant.isBefore(current))) {
            request.setAttribute(UNTIL, instant);
        }
    }

    static Set<String> of(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> set = (Set<String>) request.getAttribute(KEYS);
        return set == null ? Set.of() : set;
    }

    static Instant freshUntil(HttpServletRequest request) {
        return (Instant) request.getAttribute(UNTIL);
    }

    private static Set<String> keys(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> set = (Set<String>) request.getAttribute(KEYS);
        if (set == null) {
            set = new LinkedHashSet<>();
            request.setAttribute(KEYS, set);
        }
        return set;
    }
}

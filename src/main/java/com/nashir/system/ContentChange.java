package com.nashir.system;

import java.util.Set;

/**
 * A change to what the public site shows, published as an application event inside the
 * transaction that made it. Copies of public content follow it after the commit, on every node:
 * the page cache drops the pages that show any of its {@link #keys()}, the archive's month counts
 * and the menu reload what they hold. Each feature has its own typed change (an article, a
 * comment thread, a section…); they all speak the one vocabulary of {@link ContentKeys}.
 */
public interface ContentChange {
    /** What changed, as {@link ContentKeys}. */
    Set<String> keys();

    /**
     * Whether other nodes hear of this change through the database ({@link ChangeBroadcast}).
     * False for changes every node notices by itself (its own settings check, its own breaking
     * news listener), and for those that came from another node in the first place.
     */
    default boolean broadcast() {
        return true;
    }

    /**
     * True when the change was already committed when it was published: a copy that followed a
     * commit announces what it changed (the breaking strip, the settings), or the change came from
     * another node. Listeners act on it at once. False for a change published inside the
     * transaction that makes it: listeners wait for the commit ({@code @TransactionalEventListener}).
     */
    default boolean committed() {
        return false;
    }

    /**
     * Pages showing a "soft" change may be served once more while one request renders them
     * again (the breaking strip, the menu, the settings: every page shows them, and dropping
     * every page at once in the middle of breaking news would be the worst moment for it).
     * Hard changes (an article unpublished, a comment removed) are never served again.
     */
    default boolean soft() {
        return false;
    }
}

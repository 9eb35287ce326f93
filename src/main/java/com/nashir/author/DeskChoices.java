package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The desks the public search form offers as a filter, kept in memory: the search page is rendered for every query
 * not in the page cache, and reading the desks for each render was a statement a page. (Authors are not listed there:
 * a newsroom has hundreds, so the page offers the authors of its matches as a facet counted from the index instead.)
 * Forgotten on every change to a byline (an author or desk added, renamed or deleted: {@link ContentKeys#BYLINES})
 * and when an article's byline makes a new desk ({@link DeskAdded}), on every node.
 */
@Component
public class DeskChoices {
    private final DeskRepository desks;
    private volatile List<Desk> kept;
    /** Counts the changes heard, so that a read which began before a change does not keep what it read. */
    private long changes;

    DeskChoices(DeskRepository desks) {
        this.desks = desks;
    }

    /** Every desk, by name. */
    public List<Desk> current() {
        List<Desk> c = kept;
        if (c != null) {
            return c;
        }
        long before;
        synchronized (this) {
            before = changes;
        }
        c = List.copyOf(desks.findAll());
        synchronized (this) {
            if (changes == before) {
                kept = c;
            }
        }
        return c;
    }

    /** Before the page cache renders the search page again for the same change. */
    @Order(-10)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ContentChange change) {
        if (change instanceof RemoteContentChange r && r.everything()
                || change.keys().contains(ContentKeys.BYLINES)
                || change.keys().stream().anyMatch(k -> ContentKeys.deskOf(k) >= 0)) {
            synchronized (this) {
                changes++;
                kept = null;
            }
        }
    }
}

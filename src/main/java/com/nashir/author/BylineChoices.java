package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The authors and desks the public search form offers as filters, kept in memory: the search page is rendered for
 * every query not in the page cache, and reading the first {@value #AUTHORS} authors and every desk for each render
 * was about a twentieth of an uncached search page at a million articles. Forgotten on every change to a byline (an
 * author or desk added, renamed or deleted: {@link ContentKeys#BYLINES}) and when an article's byline makes a new desk
 * ({@link DeskAdded}), on every node.
 */
@Component
public class BylineChoices {
    /** The most authors the form lists, by name. */
    public static final int AUTHORS = 200;

    private final AuthorRepository authors;
    private final DeskRepository desks;
    private volatile Choices kept;
    /** Counts the changes heard, so that a read which began before a change does not keep what it read. */
    private long changes;

    BylineChoices(AuthorRepository authors, DeskRepository desks) {
        this.authors = authors;
        this.desks = desks;
    }

    /** The first {@link #AUTHORS} authors by name, and every desk. */
    public record Choices(List<Author> authors, List<Desk> desks) {}

    public Choices current() {
        Choices c = kept;
        if (c != null) {
            return c;
        }
        long before;
        synchronized (this) {
            before = changes;
        }
        c = new Choices(List.copyOf(authors.findPage(0, AUTHORS)), List.copyOf(desks.findAll()));
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

package com.nashir.frontpage;

import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The front page's layout in force, from memory, so the home page spends no statement on it.
 * Read again after a change commits here, or reaches this node from another one; first in line
 * (like the sections' {@code AllSections}), so the home page rendered again after the same change
 * already shows the new layout.
 */
@Component
public class FrontPageStore {
    private final FrontPageRepository repository;
    private volatile FrontLayout current;

    FrontPageStore(FrontPageRepository repository) {
        this.repository = repository;
    }

    public FrontLayout current() {
        FrontLayout c = current;
        return c != null ? c : reload();
    }

    @Order(0)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(FrontPageChanged change) {
        reload();
    }

    /** Another node's change; a section deleted (its block with it) or a lost connection too. */
    @Order(0)
    @EventListener
    void onRemote(RemoteContentChange change) {
        if (change.everything()
                || change.keys().contains(ContentKeys.FRONT)
                || change.keys().contains(ContentKeys.MENU)) {
            reload();
        }
    }

    /** An article purged or a section deleted here takes its pin or block along (V50's cascades). */
    @Order(0)
    @TransactionalEventListener(fallbackExecution = true)
    void onSection(com.nashir.section.SectionChanged change) {
        reload();
    }

    private synchronized FrontLayout reload() {
        FrontLayout l = repository.load();
        current = l;
        return l;
    }
}

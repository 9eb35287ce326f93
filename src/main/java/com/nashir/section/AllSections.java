package com.nashir.section;

import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every section in menu order, from memory: the menu on every page and the home page's blocks
 * read it here, not from the database. Read again after any section change, on this node once it
 * commits, on the others when the change reaches them; first in line, so pages rendered again
 * after the same change already show the new menu.
 */
@Component
public class AllSections {
    /** Runs before the page cache drops pages for the same change (it listens with a later order). */
    public static final int ORDER = 0;

    private final SectionRepository sections;
    private volatile List<Section> all;

    AllSections(SectionRepository sections) {
        this.sections = sections;
    }

    public List<Section> list() {
        List<Section> s = all;
        return s != null ? s : reload();
    }

    @Order(ORDER)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(SectionChanged change) {
        reload();
    }

    @Order(ORDER)
    @EventListener
    void onRemote(RemoteContentChange change) {
        if (change.everything() || change.keys().contains(ContentKeys.MENU)) {
            reload();
        }
    }

    private synchronized List<Section> reload() {
        List<Section> s = List.copyOf(sections.findAll());
        all = s;
        return s;
    }
}

package com.nashir.breaking;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * The "عاجل" strip every page renders changed on this node (each node hears breaking events by
 * itself, so nothing is broadcast). Open pages get the change live; cached pages are due again.
 */
public record BreakingStripChanged(long eventId) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.BREAKING);
    }

    @Override
    public boolean broadcast() {
        return false;
    }

    @Override
    public boolean soft() {
        return true;
    }

    @Override
    public boolean committed() {
        return true;
    }
}

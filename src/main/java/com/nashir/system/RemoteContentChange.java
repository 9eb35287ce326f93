package com.nashir.system;

import java.util.Set;

/**
 * A change another node committed, as it arrived here ({@link ChangeBroadcast}); or, with
 * {@link #everything()}, the news that this node may have missed some (its link to the database
 * was cut), so every copy must be treated as stale.
 */
public record RemoteContentChange(Set<String> keys, boolean everything) implements ContentChange {
    public RemoteContentChange {
        keys = Set.copyOf(keys);
    }

    @Override
    public boolean broadcast() {
        return false;
    }

    @Override
    public boolean soft() {
        return everything;
    }

    @Override
    public boolean committed() {
        return true;
    }
}

package com.nashir.site;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * The site settings in force changed (this node noticed a new version: every node checks by
 * itself, so nothing is broadcast). Every page shows them.
 */
public record SettingsChanged(long version) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.SETTINGS);
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

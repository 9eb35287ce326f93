package com.nashir.section;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * A section was created, renamed, reordered, shown in or taken out of the menu, or deleted. The
 * menu is on every page, so every page is due again (softly: see {@link ContentChange#soft()}).
 */
public record SectionChanged(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.section(id), ContentKeys.sectionList(id), ContentKeys.MENU);
    }

    @Override
    public boolean soft() {
        return true;
    }
}

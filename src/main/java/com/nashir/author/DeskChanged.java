package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/** A desk's name or description changed (or the desk was deleted): bylines all over the site show it. */
public record DeskChanged(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.desk(id), ContentKeys.deskList(id), ContentKeys.BYLINES);
    }

    @Override
    public boolean soft() {
        return true;
    }
}

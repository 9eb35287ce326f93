package com.nashir.tag;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/** A tag was renamed, described, merged or deleted: its page, its articles' pages and the listings that name it. */
public record TagChanged(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.tag(id), ContentKeys.tagList(id), ContentKeys.LATEST);
    }
}

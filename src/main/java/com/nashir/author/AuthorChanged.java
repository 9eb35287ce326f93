package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/** An author's name, bio or photo changed (or the author was deleted): bylines all over the site show it. */
public record AuthorChanged(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.author(id), ContentKeys.authorList(id), ContentKeys.BYLINES);
    }

    @Override
    public boolean soft() {
        return true;
    }
}

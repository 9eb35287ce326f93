package com.nashir.author;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * A desk made on the spot because an article named it: no page shows it yet (the article's own change follows), but
 * the search form's list of desks ({@link DeskChoices}) does, on every node.
 */
public record DeskAdded(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.desk(id));
    }

    @Override
    public boolean soft() {
        return true;
    }
}

package com.nashir.media;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.util.Set;

/**
 * A picture's alt text, caption, credit or archive mark changed in the library, or the picture was
 * deleted: the pages that show them from the library (galleries) are due again, on every node.
 */
public record MediaChanged(long id) implements ContentChange {
    @Override
    public Set<String> keys() {
        return Set.of(ContentKeys.media(id));
    }
}

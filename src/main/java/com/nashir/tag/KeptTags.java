package com.nashir.tag;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.KeptRows;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tags by id, kept in memory: an article page names its tags by id and finds them here (the
 * 200,000 most used at most). Forgotten on every change that names a tag ({@code t7}: a rename,
 * merge or deletion, an article joining or leaving it), on every node.
 */
@Component
public class KeptTags {
    private final KeptRows<Tag> rows = new KeptRows<>(200_000);
    private final TagRepository tags;

    KeptTags(TagRepository tags) {
        this.tags = tags;
    }

    /** The tags with these ids, in the order given; ids of deleted tags are left out. */
    public List<Tag> byIds(List<Long> ids) {
        return rows.get(ids, tags::findByIds);
    }

    /** Before the page cache renders pages again for the same change, so they show the new name. */
    @Order(-10)
    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(ContentChange change) {
        if (change instanceof RemoteContentChange r && r.everything()) {
            rows.forgetAll();
            return;
        }
        for (String key : change.keys()) {
            long id = ContentKeys.tagOf(key);
            if (id >= 0) {
                rows.forget(id);
            }
        }
    }
}

package com.nashir.tag;

import com.nashir.arabic.ArabicNameMatch;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Tags whose name matches what an editor is typing, Arabic spelled either way
 * ({@link ArabicNameMatch}), for the editor's tag field: names that begin with the text first,
 * then the most used.
 */
@Service
public class TagSuggestions {
    /** Tags compared per request; the newest beyond this are still found by their exact name when saved. */
    static final int SCANNED = 5000;

    private final TagRepository tags;

    TagSuggestions(TagRepository tags) {
        this.tags = tags;
    }

    public List<Tag> suggest(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        // Names that begin with the text first; the use counts then order at most a few hundred of them.
        List<Tag> matching = tags.findPage(0, SCANNED).stream()
                .filter(t -> ArabicNameMatch.matches(t.name(), q))
                .sorted(Comparator.comparingInt((Tag t) -> ArabicNameMatch.rank(t.name(), q)))
                .limit(200)
                .toList();
        var uses = tags.articleCounts(matching.stream().map(Tag::id).toList());
        return matching.stream()
                .sorted(Comparator.comparingInt((Tag t) -> ArabicNameMatch.rank(t.name(), q))
                        .thenComparing(t -> -uses.getOrDefault(t.id(), 0L)))
                .limit(limit)
                .toList();
    }
}

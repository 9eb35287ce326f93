package com.nashir.article;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An article was created, saved, moved through the workflow or deleted. {@code before} is null
 * for a new article, {@code after} for a deleted one. The keys name the article, and, where it
 * was or is public, the months and (when where it is listed changed) the listings it leaves or joins.
 */
public record ArticleChanged(long id, Facts before, Facts after) implements ContentChange {

    /** What of an article decides whether and where the public site lists it. */
    public record Facts(
            boolean isPublic, long sectionId, Long deskId, Set<Long> tagIds, Set<Long> authorIds, Instant publishedAt) {
        public Facts {
            tagIds = Set.copyOf(tagIds);
            authorIds = Set.copyOf(authorIds);
        }

        /** The facts of an article as stored (null for none). */
        static Facts of(Article a) {
            if (a == null) {
                return null;
            }
            Set<Long> tags = new LinkedHashSet<>();
            a.tags().forEach(t -> tags.add(t.id()));
            Set<Long> authors = new LinkedHashSet<>();
            a.byline().authors().forEach(x -> authors.add(x.id()));
            return new Facts(
                    a.status() == ArticleStatus.PUBLISHED,
                    a.section().id(),
                    a.byline().isDesk() ? a.byline().desk().id() : null,
                    tags,
                    authors,
                    a.publishedAt());
        }

        private void addListings(Set<String> keys) {
            keys.add(ContentKeys.LATEST);
            keys.add(ContentKeys.sectionList(sectionId));
            if (deskId != null) {
                keys.add(ContentKeys.deskList(deskId));
            }
            tagIds.forEach(t -> keys.add(ContentKeys.tagList(t)));
            authorIds.forEach(u -> keys.add(ContentKeys.authorList(u)));
        }
    }

    static ArticleChanged of(long id, Article before, Article after) {
        return new ArticleChanged(id, Facts.of(before), Facts.of(after));
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ContentKeys.article(id));
        boolean moved = before == null || !before.equals(after);
        for (Facts f : new Facts[] {before, after}) {
            if (f != null && f.isPublic()) {
                if (f.publishedAt() != null) {
                    keys.add(ContentKeys.month(YearMonth.from(f.publishedAt().atOffset(ZoneOffset.UTC))));
                }
                if (moved) {
                    f.addListings(keys);
                }
            }
        }
        return keys;
    }
}

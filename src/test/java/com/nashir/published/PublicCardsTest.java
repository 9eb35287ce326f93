package com.nashir.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.article.Byline;
import com.nashir.section.Section;
import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The cards kept in memory follow the same changes as the page cache, and a read older than a change is never kept. */
class PublicCardsTest {
    private final PublicCards cards = new PublicCards(DataSize.ofMegabytes(1));

    private static PublicCard card(long id) {
        return new PublicCard(
                id,
                "خبر-" + id,
                "خبر رقم " + id,
                "",
                "",
                new Section(1, "economy", "اقتصاد", "", 1, true, false),
                Byline.ofAuthors(List.of()),
                Instant.parse("2024-06-17T07:00:00Z"),
                null,
                null,
                null);
    }

    private static ContentChange change(String... keys) {
        return () -> Set.of(keys);
    }

    @Test
    void anArticleChangeDropsItsCardOnly() {
        cards.keep(List.of(card(1), card(2)), cards.changes());
        cards.onChanged(change(ContentKeys.article(1), ContentKeys.LATEST));
        assertThat(cards.get(List.of(1L, 2L))).containsOnlyKeys(2L);
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotKept() {
        long before = cards.changes();
        cards.onChanged(change(ContentKeys.article(3)));
        cards.keep(List.of(card(3)), before);
        assertThat(cards.get(List.of(3L))).isEmpty();
    }

    @Test
    void bylinesSectionsAndMissedChangesDropEveryCard() {
        for (ContentChange c : List.of(
                change(ContentKeys.BYLINES), change(ContentKeys.section(1)), new RemoteContentChange(Set.of(), true))) {
            cards.keep(List.of(card(4), card(5)), cards.changes());
            cards.onChanged(c);
            assertThat(cards.get(List.of(4L, 5L))).as(c.keys().toString()).isEmpty();
        }
    }

    @Test
    void otherKeysLeaveTheCards() {
        cards.keep(List.of(card(6)), cards.changes());
        cards.onChanged(
                change(ContentKeys.comments(6), ContentKeys.tag(2), ContentKeys.sectionList(1), ContentKeys.MENU));
        assertThat(cards.get(List.of(6L))).containsOnlyKeys(6L);
    }
}

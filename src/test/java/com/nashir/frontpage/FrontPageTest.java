package com.nashir.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.article.Byline;
import com.nashir.published.PublicCard;
import com.nashir.section.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontPageTest {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Section POLITICS = new Section(1, "politics", "سياسة", "", 1, true, false);
    static final Section SPORT = new Section(2, "sport", "رياضة", "", 2, true, false);
    static final Section EMPTY = new Section(3, "culture", "ثقافة", "", 3, true, false);

    static PublicCard card(long id, Section s) {
        return new PublicCard(
                id,
                "a" + id,
                "خبر " + id,
                "",
                "",
                s,
                Byline.ofAuthors(List.of()),
                NOW.minusSeconds(id),
                NOW.minusSeconds(id),
                null,
                null);
    }

    /** Articles 1..n, 1 the newest, alternating between the two sections. */
    static List<PublicCard> newest(int n) {
        List<PublicCard> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            l.add(card(i, i % 2 == 0 ? SPORT : POLITICS));
        }
        return l;
    }

    static Map<Long, List<PublicCard>> bySection(List<PublicCard> cards) {
        Map<Long, List<PublicCard>> m = new HashMap<>();
        cards.forEach(
                c -> m.computeIfAbsent(c.section().id(), k -> new ArrayList<>()).add(c));
        return m;
    }

    static FrontPage compose(FrontLayout layout, Map<Long, PublicCard> pinned, List<PublicCard> all) {
        return FrontPage.compose(layout, NOW, pinned, all, bySection(all), List.of(POLITICS, SPORT, EMPTY), 4);
    }

    static List<Long> ids(List<PublicCard> cards) {
        return cards.stream().map(PublicCard::id).toList();
    }

    @Test
    void withoutPinsTheNewestFillTheZonesInOrder() {
        FrontPage page = compose(FrontLayout.EMPTY, Map.of(), newest(30));
        assertThat(page.lead().id()).isEqualTo(1);
        assertThat(ids(page.cards(Zone.TOP))).containsExactly(2L, 3L, 4L, 5L);
        assertThat(ids(page.cards(Zone.STRIP))).containsExactly(6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void aPinnedStoryHoldsItsSlotAndIsNeverShownTwice() {
        List<PublicCard> all = newest(30);
        PublicCard old = card(99, POLITICS);
        FrontLayout layout = new FrontLayout(
                List.of(new Pin(Zone.LEAD, 0, 99, null), new Pin(Zone.TOP, 1, 3, null)), false, List.of());
        FrontPage page = compose(layout, Map.of(99L, old, 3L, all.get(2)), all);
        assertThat(page.lead().id()).isEqualTo(99);
        assertThat(ids(page.cards(Zone.TOP))).containsExactly(1L, 3L, 2L, 4L);
        assertThat(ids(page.cards(Zone.STRIP))).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
        List<Long> blocks = page.blocks().stream()
                .flatMap(b -> b.articles().stream())
                .map(PublicCard::id)
                .toList();
        assertThat(blocks)
                .doesNotContain(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 99L)
                .contains(11L, 12L);
    }

    @Test
    void aLapsedPinFallsBackToTheNewest() {
        List<PublicCard> all = newest(20);
        FrontLayout layout = new FrontLayout(List.of(new Pin(Zone.LEAD, 0, 99, NOW.minusSeconds(1))), false, List.of());
        FrontPage page = compose(layout, Map.of(99L, card(99, SPORT)), all);
        assertThat(page.lead().id()).isEqualTo(1);
    }

    @Test
    void aPinnedArticleNoLongerPublicFallsBackToTheNewest() {
        FrontLayout layout = new FrontLayout(List.of(new Pin(Zone.LEAD, 0, 99, null)), false, List.of());
        assertThat(compose(layout, Map.of(), newest(20)).lead().id()).isEqualTo(1);
    }

    @Test
    void chosenSectionsShowInTheirOrderAndEmptyOnesAreLeftOut() {
        FrontLayout layout = new FrontLayout(List.of(), true, List.of(3L, 2L));
        FrontPage page = compose(layout, Map.of(), newest(30));
        assertThat(page.blocks()).extracting(b -> b.section().slug()).containsExactly("sport");
        assertThat(page.blocks().get(0).articles()).hasSize(4);
    }

    @Test
    void aSmallSiteFillsWhatItCan() {
        FrontPage page = compose(FrontLayout.EMPTY, Map.of(), newest(3));
        assertThat(page.lead().id()).isEqualTo(1);
        assertThat(ids(page.cards(Zone.TOP))).containsExactly(2L, 3L);
        assertThat(page.cards(Zone.STRIP)).isEmpty();
        assertThat(page.blocks()).isEmpty();
        assertThat(compose(FrontLayout.EMPTY, Map.of(), List.of()).lead()).isNull();
    }
}

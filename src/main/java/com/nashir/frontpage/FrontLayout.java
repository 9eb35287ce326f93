package com.nashir.frontpage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the editors set for the home page: the pins of every zone, and the sections whose blocks
 * follow them, in order ({@code sectionIds} empty and {@code sectionsChosen} false: every
 * section, in menu order, as before anyone chose).
 */
public record FrontLayout(List<Pin> pins, boolean sectionsChosen, List<Long> sectionIds) {
    public static final FrontLayout EMPTY = new FrontLayout(List.of(), false, List.of());

    public FrontLayout {
        pins = pins.stream()
                .sorted(Comparator.comparing(Pin::zone).thenComparingInt(Pin::position))
                .toList();
        sectionIds = List.copyOf(sectionIds);
    }

    /** The pins of one zone, in slot order (those that have lapsed too). */
    public List<Pin> pins(Zone zone) {
        return pins.stream().filter(p -> p.zone() == zone).toList();
    }

    /** The ids of the articles pinned now. */
    public List<Long> activeIds(Instant now) {
        return pins.stream()
                .filter(p -> p.holdsAt(now))
                .map(Pin::articleId)
                .distinct()
                .toList();
    }

    /** When the next pin lapses (the home page is due again then), if any. */
    public Optional<Instant> nextLapse(Instant now) {
        return pins.stream()
                .map(Pin::until)
                .filter(u -> u != null && u.isAfter(now))
                .min(Comparator.naturalOrder());
    }
}

package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows kept by id: misses read in one call, kept until forgotten, and never kept from a read older than a change. */
class KeptRowsTest {
    private final KeptRows<String> rows = new KeptRows<>(100);
    private final List<Collection<Long>> loads = new ArrayList<>();
    private final Map<Long, String> table = new HashMap<>(Map.of(1L, "واحد", 2L, "اثنان", 3L, "ثلاثة"));

    private Map<Long, String> load(Collection<Long> ids) {
        loads.add(List.copyOf(ids));
        Map<Long, String> out = new HashMap<>();
        ids.forEach(id -> {
            if (table.containsKey(id)) {
                out.put(id, table.get(id));
            }
        });
        return out;
    }

    @Test
    void givesRowsInTheOrderAskedReadingOnlyTheMissingOnesAtOnce() {
        assertThat(rows.get(List.of(2L), this::load)).containsExactly("اثنان");
        assertThat(rows.get(List.of(3L, 2L, 1L, 9L), this::load)).containsExactly("ثلاثة", "اثنان", "واحد");
        assertThat(loads).containsExactly(List.of(2L), List.of(3L, 1L, 9L));
        assertThat(rows.get(List.of(1L, 2L, 3L), this::load)).containsExactly("واحد", "اثنان", "ثلاثة");
        assertThat(loads).hasSize(2);
        assertThat(rows.get(List.of(), this::load)).isEmpty();
    }

    @Test
    void anIdAskedTwiceIsReadOnceAndNothingIsReadWhenAllAreKept() {
        assertThat(rows.get(List.of(1L, 1L), this::load)).containsExactly("واحد", "واحد");
        assertThat(rows.get(List.of(1L, 1L), this::load)).containsExactly("واحد", "واحد");
        assertThat(loads).containsExactly(List.of(1L));
    }

    @Test
    void aForgottenRowIsReadAgain() {
        rows.get(List.of(1L, 2L), this::load);
        table.put(1L, "الأول");
        rows.forget(1L);
        assertThat(rows.get(List.of(1L, 2L), this::load)).containsExactly("الأول", "اثنان");
        assertThat(loads.get(1)).containsExactly(1L);
        table.put(2L, "الثاني");
        rows.forgetAll();
        assertThat(rows.get(List.of(2L), this::load)).containsExactly("الثاني");
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotKept() {
        // The change lands while the statement runs: the old row answers this read only.
        assertThat(rows.get(List.of(1L), ids -> {
                    Map<Long, String> old = load(ids);
                    table.put(1L, "الأول");
                    rows.forget(1L);
                    return old;
                }))
                .containsExactly("واحد");
        assertThat(rows.get(List.of(1L), this::load)).containsExactly("الأول");
    }
}

package com.nashir.wpimport;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.ArabicPunctuation;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What an import did, filled in as it goes (the newsroom page reads it while the import runs):
 * per kind how many were created, updated, unchanged, skipped or failed; the warnings with their
 * reasons; and the time taken.
 */
public final class ImportReport {
    /** What WordPress things become. */
    public enum Kind {
        AUTHOR("wpimport.kind.author"),
        SECTION("wpimport.kind.section"),
        TAG("wpimport.kind.tag"),
        ARTICLE("wpimport.kind.article"),
        PAGE("wpimport.kind.page"),
        MEDIA("wpimport.kind.media"),
        COMMENT("wpimport.kind.comment"),
        OTHER("wpimport.kind.other");

        private final String labelKey;

        Kind(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The kind for people, from the messages bundle. */
        public String label() {
            return Messages.text(labelKey);
        }
    }

    /** What happened to one item. */
    public enum Outcome {
        CREATED("wpimport.outcome.created"),
        UPDATED("wpimport.outcome.updated"),
        UNCHANGED("wpimport.outcome.unchanged"),
        SKIPPED("wpimport.outcome.skipped"),
        FAILED("wpimport.outcome.failed");

        private final String labelKey;

        Outcome(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The outcome for people, from the messages bundle. */
        public String label() {
            return Messages.text(labelKey);
        }
    }

    /** Warnings kept in full; beyond this only their number grows (a huge archive may warn a lot). */
    static final int MAX_WARNINGS = 1000;

    private final AtomicIntegerArray counts = new AtomicIntegerArray(Kind.values().length * Outcome.values().length);
    private final List<String> warnings = new ArrayList<>();
    private int warningCount;
    private volatile long millis;

    void add(Kind kind, Outcome outcome) {
        counts.incrementAndGet(kind.ordinal() * Outcome.values().length + outcome.ordinal());
    }

    synchronized void warn(String message) {
        warningCount++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(message);
        }
    }

    void finished(long tookMillis) {
        this.millis = tookMillis;
    }

    public int count(Kind kind, Outcome outcome) {
        return counts.get(kind.ordinal() * Outcome.values().length + outcome.ordinal());
    }

    /** Counts by kind, kinds that saw nothing left out. */
    public Map<Kind, Map<Outcome, Integer>> counts() {
        Map<Kind, Map<Outcome, Integer>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Map<Outcome, Integer> row = new EnumMap<>(Outcome.class);
            int total = 0;
            for (Outcome o : Outcome.values()) {
                row.put(o, count(k, o));
                total += count(k, o);
            }
            if (total > 0) {
                out.put(k, row);
            }
        }
        return out;
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** All warnings, also those not kept. */
    public synchronized int warningCount() {
        return warningCount;
    }

    public long millis() {
        return millis;
    }

    /** The report as plain lines (the command line prints them). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(Messages.text(
                "wpimport.report.title",
                ArabicCount.decimal(millis / 1000.0, 1, CountedNoun.SECOND, DigitStyle.WESTERN)));
        counts().forEach((kind, row) -> {
            StringBuilder sb = new StringBuilder("  " + kind.label() + ": ");
            List<String> parts = new ArrayList<>();
            row.forEach((o, n) -> {
                if (n > 0) {
                    parts.add(o.label() + " " + n);
                }
            });
            out.add(sb.append(String.join(ArabicPunctuation.LIST_SEPARATOR, parts))
                    .toString());
        });
        List<String> w = warnings();
        if (!w.isEmpty()) {
            out.add(Messages.text("wpimport.report.warnings", warningCount()));
            w.forEach(s -> out.add("  - " + s));
            if (warningCount() > w.size()) {
                out.add("  "
                        + Messages.text(
                                "wpimport.report.more-warnings",
                                ArabicCount.of(warningCount() - w.size(), CountedNoun.WARNING, DigitStyle.WESTERN)));
            }
        }
        return out;
    }
}

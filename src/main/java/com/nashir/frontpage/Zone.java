package com.nashir.frontpage;

import java.util.Locale;

/**
 * The home page's curated zones, top to bottom, with the number of slots each holds. A slot
 * shows its pinned article while the pin lasts, otherwise the newest article not shown above.
 */
public enum Zone {
    /** The lead story ("الخبر الرئيسي"). */
    LEAD(1),
    /** The top stories beside and under the lead ("أهم الأخبار"). */
    TOP(4),
    /** A strip of secondary stories, headlines only ("المزيد من الأخبار"). */
    STRIP(6);

    private final int slots;

    Zone(int slots) {
        this.slots = slots;
    }

    public int slots() {
        return slots;
    }

    /** The name in the API and in forms: "lead", "top", "strip". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The zone of a wire name, or null. */
    public static Zone fromWire(String s) {
        for (Zone z : values()) {
            if (z.wire().equals(s)) {
                return z;
            }
        }
        return null;
    }

    /** Slots of every zone together. */
    public static int allSlots() {
        int n = 0;
        for (Zone z : values()) {
            n += z.slots;
        }
        return n;
    }
}

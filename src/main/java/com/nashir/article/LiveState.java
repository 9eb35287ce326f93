package com.nashir.article;

import java.util.Locale;

/**
 * Live coverage ("تغطية مباشرة"): an article whose body is followed by timestamped updates
 * ({@code coverage/}). LIVE while the desk is covering (cards and the page say "مباشر"), ENDED
 * after; an ordinary article has none (null).
 */
public enum LiveState {
    LIVE,
    ENDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null for null or anything not spelled as on the wire. */
    public static LiveState fromWire(String s) {
        for (LiveState v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        return null;
    }
}

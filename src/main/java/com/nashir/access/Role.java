package com.nashir.access;

import com.nashir.system.Messages;
import java.util.Locale;

/**
 * Newsroom roles, from most to least trusted. Each role can do everything the roles below it can.
 * <ul>
 *   <li>ADMIN (مدير): everything, users, settings, audit log.</li>
 *   <li>EDITOR (محرر): edit and publish anyone's articles, moderate, sections/tags/desks/authors, breaking news.</li>
 *   <li>WRITER (كاتب): write and edit own articles, submit them for review, upload media; cannot publish.</li>
 *   <li>CONTRIBUTOR (مساهم): own drafts only, no media upload.</li>
 * </ul>
 */
public enum Role {
    ADMIN("access.role.admin"),
    EDITOR("access.role.editor"),
    WRITER("access.role.writer"),
    CONTRIBUTOR("access.role.contributor");

    private final String labelKey;

    Role(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The Arabic name shown to people ("محرر"), from the messages bundle. */
    public String label() {
        return Messages.text(labelKey);
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }

    public static Role fromWire(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        return null;
    }
}

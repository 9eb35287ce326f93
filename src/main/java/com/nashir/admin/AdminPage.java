package com.nashir.admin;

import com.nashir.format.Fmt;
import com.nashir.site.SiteSettings;

/**
 * What every newsroom page shares: who is signed in, the CSRF token for its forms, the page
 * title and which menu entry is current.
 */
public record AdminPage(
        SiteSettings site,
        Fmt fmt,
        SignedIn me,
        String csrfParameter,
        String csrfToken,
        String title,
        String active,
        String stylesheet) {

    /** The content-hashed address of a script in static/assets. */
    public String script(String name) {
        return com.nashir.address.Assets.versioned(name);
    }

    public boolean can(com.nashir.access.Permission p) {
        return me != null && me.role().atLeast(p.least());
    }
}

package com.nashir.admin;

import com.nashir.site.Assets;
import com.nashir.site.Fmt;
import com.nashir.site.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the shared {@link AdminPage} frame for a newsroom page. */
@Component
class AdminPages {
    private final SiteSettings site;
    private final Fmt fmt;
    private final String stylesheet = Assets.versioned("admin.css");

    AdminPages(SiteSettings site) {
        this.site = site;
        this.fmt = new Fmt(site.dateStyle());
    }

    AdminPage page(HttpServletRequest request, String title, String active) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new AdminPage(site, fmt, signedIn(), csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(), title, active, stylesheet);
    }

    static SignedIn signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null;
    }
}

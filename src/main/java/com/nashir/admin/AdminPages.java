package com.nashir.admin;

import com.nashir.address.Assets;
import com.nashir.site.SiteSettings;
import com.nashir.site.SiteSettingsStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the shared {@link AdminPage} frame for a newsroom page, with the site settings in force for this request. */
@Component
class AdminPages {
    private final SiteSettingsStore settings;
    private final String stylesheet = Assets.versioned("admin.css");

    AdminPages(SiteSettingsStore settings) {
        this.settings = settings;
    }

    AdminPage page(HttpServletRequest request, String title, String active) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        SiteSettings site = settings.current();
        return new AdminPage(
                site,
                site.fmt(),
                signedIn(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                title,
                active,
                stylesheet);
    }

    static SignedIn signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedIn s ? s : null;
    }
}

package com.nashir.web;

import com.nashir.site.Assets;
import com.nashir.site.Fmt;
import com.nashir.breaking.BreakingNews;
import com.nashir.section.SectionRepository;
import com.nashir.site.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Builds the shared {@link Frame} for a page. */
@Component
class FrameFactory {
    private final SiteSettings site;
    private final SectionRepository sections;
    private final BreakingNews breaking;
    private final Assets assets;
    private final Fmt fmt;
    private final Images images;

    FrameFactory(SiteSettings site, SectionRepository sections, BreakingNews breaking, Assets assets, Images images) {
        this.site = site;
        this.sections = sections;
        this.breaking = breaking;
        this.assets = assets;
        this.images = images;
        this.fmt = new Fmt(site.dateStyle());
    }

    Frame frame(HttpServletRequest request, String title, String description, String path, String activeSection) {
        return new Frame(site, fmt, sections.findAll(), breaking.current(), title, description,
                absolute(request, path), activeSection, assets.stylesheet(), images, false);
    }

    /** Absolute URL: the configured base URL, or the one the request came in on. */
    String absolute(HttpServletRequest request, String path) {
        if (!site.baseUrl().isEmpty()) {
            return site.baseUrl() + path;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + path;
    }

    SiteSettings site() {
        return site;
    }

    Fmt fmt() {
        return fmt;
    }
}

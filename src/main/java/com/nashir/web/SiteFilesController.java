package com.nashir.web;

import com.nashir.address.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Files crawlers and browsers ask for at fixed addresses. */
@RestController
class SiteFilesController {
    private final FrameFactory frames;

    SiteFilesController(FrameFactory frames) {
        this.frames = frames;
    }

    /** Crawlers may read everything public; the sitemap index needs an absolute address. */
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots(HttpServletRequest request) {
        return """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /admin/

                Sitemap: %s
                """.formatted(frames.absolute(request, Permalinks.sitemapIndex()));
    }

    /** Browsers ask for /favicon.ico whatever the page says; the icon is an SVG. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", "/favicon.svg")
                .build();
    }
}

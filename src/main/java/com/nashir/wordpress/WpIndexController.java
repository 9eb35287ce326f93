package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;

import com.nashir.site.SiteSettings;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's index ({@code /wp-json/}), the {@code wp/v2} namespace, pages (Nashir has none:
 * always an empty collection) and {@code rest_no_route} for everything else under /wp-json,
 * any method: the API only reads.
 */
@RestController
class WpIndexController {
    private final WpSite site;
    private final WpResponses responses;
    private final Clock clock;

    WpIndexController(WpSite site, WpResponses responses, Clock clock) {
        this.site = site;
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping({WpSite.ROOT, WpSite.ROOT + "/"})
    ResponseEntity<byte[]> index(HttpServletRequest request) {
        new WpParams(request).throwIfInvalid();
        SiteSettings s = site.settings();
        int offsetSeconds = s.zone().getRules().getOffset(clock.instant()).getTotalSeconds();
        Number gmtOffset =
                offsetSeconds % 3600 == 0 ? (Number) (offsetSeconds / 3600) : (Number) (offsetSeconds / 3600.0);
        Map<String, Object> index = ordered(
                "name",
                WpEscape.html(s.name()),
                "description",
                WpEscape.html(s.tagline()),
                "url",
                site.base(),
                "home",
                site.base(),
                "gmt_offset",
                gmtOffset,
                "timezone_string",
                s.zone().getId(),
                "page_for_posts",
                0,
                "page_on_front",
                0,
                "show_on_front",
                "posts",
                "namespaces",
                List.of(WpSite.NAMESPACE),
                "authentication",
                Map.of(),
                "routes",
                WpRoutes.describe(site, true),
                "site_logo",
                s.logo() == null ? 0 : s.logo().mediaId(),
                "site_icon",
                0,
                "site_icon_url",
                "",
                "_links",
                ordered("help", href("https://developer.wordpress.org/rest-api/")));
        return responses.ok(index, request);
    }

    @GetMapping({WpSite.ROOT + "/wp/v2", WpSite.ROOT + "/wp/v2/"})
    ResponseEntity<byte[]> namespace(HttpServletRequest request) {
        new WpParams(request).throwIfInvalid();
        return responses.ok(
                ordered(
                        "namespace",
                        WpSite.NAMESPACE,
                        "routes",
                        WpRoutes.describe(site, false),
                        "_links",
                        ordered("up", href(site.api("/")))),
                request);
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/pages")
    ResponseEntity<byte[]> pages(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        int page = p.page();
        int perPage = p.perPage();
        p.throwIfInvalid();
        return responses.ok(List.of(), WpCollection.headers(site, request, "/wp/v2/pages", 0, page, perPage), request);
    }

    @GetMapping(WpSite.ROOT + "/wp/v2/pages/{id:\\d+}")
    ResponseEntity<byte[]> page(@PathVariable String id) {
        throw new WpError("rest_post_invalid_id", 404, Messages.text("wordpress.page.not-found"));
    }

    @RequestMapping(WpSite.ROOT + "/**")
    ResponseEntity<byte[]> noRoute() {
        throw WpError.noRoute();
    }
}

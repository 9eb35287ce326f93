package com.nashir.live;

import com.nashir.address.Permalinks;
import com.nashir.coverage.LiveUpdates;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.Messages;
import com.nashir.web.LiveCoverageView;
import com.nashir.web.LiveUpdateViews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /live/coverage/{id}}: a public live coverage's updates as its page shows them, for the
 * page's script when the live stream cannot replay what it missed (a reader back after a long
 * time away). Updates come through the stream otherwise.
 */
@RestController
class LiveCoverageController {
    private final PublishedArticles published;
    private final LiveUpdates updates;
    private final LiveUpdateViews views;
    private final SiteSettingsStore settings;

    LiveCoverageController(
            PublishedArticles published, LiveUpdates updates, LiveUpdateViews views, SiteSettingsStore settings) {
        this.published = published;
        this.updates = updates;
        this.views = views;
        this.settings = settings;
    }

    @GetMapping("/live/coverage/{id:\\d+}")
    ResponseEntity<Map<String, Object>> coverage(@PathVariable long id) {
        // Answered by the container's error page (web/SiteErrorController): the site's Arabic 404 page.
        PublicArticle a = published
                .byId(id)
                .filter(x -> x.live() != null)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("live.coverage.not-found")));
        LiveCoverageView view =
                views.page(a.live(), updates.of(id), settings.current().fmt());
        List<Map<String, Object>> list = new ArrayList<>();
        if (view.key() != null) {
            list.add(view.key().wire());
        }
        view.updates().forEach(u -> list.add(u.wire()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article", id);
        body.put("url", Permalinks.article(a.id(), a.slug()));
        body.put("state", a.live().wire());
        body.put("updates", list);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}

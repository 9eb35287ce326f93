package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.LiveState;
import com.nashir.coverage.LiveCoverage;
import com.nashir.coverage.LiveUpdate;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live coverage through the API ({@code docs/content-api.md}): the coverage's state, its updates
 * (body as HTML, sanitized like an article's; an optional library picture), the key update. The
 * same rules as the newsroom's panel ({@link LiveCoverage}).
 */
@RestController
class LiveCoverageApi {
    /** {@code PUT /articles/{id}/live}: {"state": "live"} starts or resumes, {"state": "ended"} ends. */
    record StateInput(String state) {}

    /** An update as sent; on PATCH, an absent field keeps its value. */
    record UpdateJson(String body, String image, Boolean pinned, String postedAt) {}

    private final LiveCoverage coverage;
    private final ArticleRepository articles;
    private final ApiShapes shapes;

    LiveCoverageApi(LiveCoverage coverage, ArticleRepository articles, ApiShapes shapes) {
        this.coverage = coverage;
        this.articles = articles;
        this.shapes = shapes;
    }

    @GetMapping("/api/v1/articles/{id:\\d+}/live-updates")
    Map<String, Object> list(Actor actor, @PathVariable long id) {
        List<LiveUpdate> updates = coverage.updates(actor, id);
        Article a = article(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articleId", id);
        body.put("state", a.live() == null ? null : a.live().wire());
        body.put("items", updates.stream().map(u -> shapes.liveUpdate(u, a)).toList());
        return body;
    }

    @PutMapping("/api/v1/articles/{id:\\d+}/live")
    Map<String, Object> state(Actor actor, @PathVariable long id, @RequestBody StateInput in) {
        LiveState state = LiveState.fromWire(in.state());
        Validation.check(state != null, "state", Messages.text("api.live.state-invalid"));
        Article a = state == LiveState.LIVE ? coverage.start(actor, id) : coverage.end(actor, id);
        return Map.of("articleId", id, "state", a.live().wire());
    }

    @PostMapping("/api/v1/articles/{id:\\d+}/live-updates")
    ResponseEntity<Map<String, Object>> post(Actor actor, @PathVariable long id, @RequestBody UpdateJson in) {
        LiveUpdate u = coverage.post(actor, id, new LiveCoverage.UpdateInput(in.body(), in.image(), in.postedAt()));
        if (Boolean.TRUE.equals(in.pinned())) {
            u = coverage.pin(actor, u.id(), true);
        }
        return ResponseEntity.created(URI.create("/api/v1/live-updates/" + u.id()))
                .body(shapes.liveUpdate(u, article(id)));
    }

    @GetMapping("/api/v1/live-updates/{id:\\d+}")
    Map<String, Object> get(Actor actor, @PathVariable long id) {
        LiveUpdate u = coverage.update(id);
        coverage.updates(actor, u.articleId()); // the same read rule as the article's
        return shapes.liveUpdate(u, article(u.articleId()));
    }

    @PatchMapping("/api/v1/live-updates/{id:\\d+}")
    Map<String, Object> patch(Actor actor, @PathVariable long id, @RequestBody UpdateJson in) {
        Validation.check(
                in.body() != null || in.image() != null || in.pinned() != null,
                "body",
                Messages.text("api.live-update.patch-empty"));
        LiveUpdate u = coverage.update(id);
        if (in.body() != null || in.image() != null) {
            u = coverage.change(
                    actor, id, new LiveCoverage.UpdateInput(in.body() != null ? in.body() : u.body(), in.image()));
        }
        if (in.pinned() != null) {
            u = coverage.pin(actor, id, in.pinned());
        }
        return shapes.liveUpdate(u, article(u.articleId()));
    }

    @DeleteMapping("/api/v1/live-updates/{id:\\d+}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        coverage.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private Article article(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }
}

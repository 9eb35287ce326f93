package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleRevisions;
import com.nashir.article.ArticleRules;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleSnapshot;
import com.nashir.article.ArticleStatus;
import com.nashir.article.ArticleWorkflow;
import com.nashir.article.Correction;
import com.nashir.article.NewsroomArticles;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/articles")
class ArticlesApi {
    private final ArticleService service;
    private final ArticleWorkflow workflow;
    private final ArticleRevisions revisions;
    private final ArticleRepository articles;
    private final NewsroomArticles newsroom;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    ArticlesApi(
            ArticleService service,
            ArticleWorkflow workflow,
            ArticleRevisions revisions,
            ArticleRepository articles,
            NewsroomArticles newsroom,
            ApiShapes shapes,
            JsonMerge merge) {
        this.service = service;
        this.workflow = workflow;
        this.revisions = revisions;
        this.articles = articles;
        this.newsroom = newsroom;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(
            Actor actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String perPage) {
        if (status != null && ArticleStatus.fromWire(status) == null) {
            throw new InvalidInputException(
                    "status", Messages.text("article.status.not-settable", ArticleStatus.SETTABLE + ", trashed"));
        }
        Paging p = Paging.of(page, perPage);
        Long owner = ArticleRules.readableOwner(actor);
        return ApiShapes.page(
                newsroom.findPage(status, owner, p.offset(), p.perPage()).stream()
                        .map(shapes::card)
                        .toList(),
                p.page(),
                p.perPage(),
                newsroom.count(status, owner));
    }

    @GetMapping("/{id:\\d+}")
    ArticleJson get(Actor actor, @PathVariable long id) {
        return shapes.article(readable(actor, id));
    }

    @PostMapping
    ResponseEntity<ArticleJson> create(Actor actor, @RequestBody ArticleJson body) {
        ArticleJson created = shapes.article(service.create(actor, ApiShapes.input(body)));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id:\\d+}")
    ArticleJson replace(Actor actor, @PathVariable long id, @RequestBody ArticleJson body) {
        return shapes.article(service.update(actor, id, ApiShapes.input(body)));
    }

    @PatchMapping("/{id:\\d+}")
    ArticleJson patch(Actor actor, @PathVariable long id, @RequestBody JsonNode patch) {
        Article current = readable(actor, id);
        ArticleJson merged = merge.apply(shapes.article(current), patch, ArticleJson.class);
        // The version is only checked when the caller sends one.
        ArticleJson input = patch.has("version") ? merged : withoutVersion(merged);
        return shapes.article(service.update(actor, current, ApiShapes.input(input)));
    }

    /** Moves the article to the trash; {@code ?purge=true} on a trashed one deletes it for good. */
    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id, @RequestParam(required = false) String purge) {
        if ("true".equals(purge)) {
            workflow.purge(actor, id);
        } else {
            workflow.trash(actor, id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id:\\d+}/restore")
    ArticleJson restore(Actor actor, @PathVariable long id) {
        return shapes.article(workflow.restore(actor, id));
    }

    @PostMapping("/{id:\\d+}/corrections")
    ResponseEntity<Map<String, Object>> correct(
            Actor actor, @PathVariable long id, @RequestBody Map<String, String> body) {
        Correction c = workflow.addCorrection(actor, id, body.get("text"));
        return ResponseEntity.status(201)
                .body(Map.of("id", c.id(), "createdAt", shapes.time(c.createdAt()), "text", c.text()));
    }

    @GetMapping("/{id:\\d+}/revisions")
    Map<String, Object> revisions(Actor actor, @PathVariable long id) {
        readable(actor, id);
        var items = revisions.list(id).stream()
                .map(r -> Map.<String, Object>of(
                        "id",
                        r.id(),
                        "version",
                        r.version(),
                        "createdAt",
                        shapes.time(r.createdAt()),
                        "actor",
                        r.actor(),
                        "minor",
                        r.minor()))
                .toList();
        return ApiShapes.page(items, 1, Math.max(items.size(), 1), items.size());
    }

    @GetMapping("/{id:\\d+}/revisions/{revision:\\d+}")
    ArticleSnapshot revision(Actor actor, @PathVariable long id, @PathVariable long revision) {
        readable(actor, id);
        return revisions.snapshot(id, revision);
    }

    /** Field-by-field changes between two revisions; removed words in del, added in ins (HTML-escaped). */
    @GetMapping("/{id:\\d+}/diff")
    Map<String, Object> diff(Actor actor, @PathVariable long id, @RequestParam long from, @RequestParam long to) {
        readable(actor, id);
        return Map.of("from", from, "to", to, "changes", revisions.diff(id, from, to));
    }

    @PostMapping("/{id:\\d+}/revisions/{revision:\\d+}/restore")
    ArticleJson restoreRevision(Actor actor, @PathVariable long id, @PathVariable long revision) {
        return shapes.article(workflow.restoreRevision(actor, id, revision));
    }

    /** The article, if this caller may read it: the newsroom's rule ({@link ArticleRules}), the same as on its pages. */
    private Article readable(Actor actor, long id) {
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
        ArticleRules.checkRead(actor, a);
        return a;
    }

    private static ArticleJson withoutVersion(ArticleJson j) {
        return new ArticleJson(
                j.id(),
                j.url(),
                j.shortUrl(),
                j.headline(),
                j.kicker(),
                j.summary(),
                j.slug(),
                j.section(),
                j.byline(),
                j.status(),
                j.publishedAt(),
                j.updatedAt(),
                j.featuredImage(),
                j.body(),
                j.tags(),
                j.comments(),
                null,
                j.createdAt(),
                j.modifiedAt(),
                j.minor(),
                j.seo(),
                j.live());
    }
}

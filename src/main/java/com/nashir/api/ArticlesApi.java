package com.nashir.api;

import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleStatus;
import com.nashir.system.InvalidInputException;
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
    private final ArticleRepository articles;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    ArticlesApi(ArticleService service, ArticleRepository articles, ApiShapes shapes, JsonMerge merge) {
        this.service = service;
        this.articles = articles;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
                             @RequestParam(required = false) String perPage) {
        if (status != null && ArticleStatus.fromWire(status) == null) {
            throw new InvalidInputException("status", "الحالة يجب أن تكون draft أو published");
        }
        Paging p = Paging.of(page, perPage);
        return ApiShapes.page(articles.findPage(status, p.offset(), p.perPage()).stream().map(shapes::card).toList(),
                p.page(), p.perPage(), articles.count(status));
    }

    @GetMapping("/{id:\\d+}")
    ArticleJson get(@PathVariable long id) {
        return shapes.article(find(id));
    }

    @PostMapping
    ResponseEntity<ArticleJson> create(@RequestBody ArticleJson body) {
        ArticleJson created = shapes.article(service.create(ApiShapes.input(body)));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(created);
    }

    @PutMapping("/{id:\\d+}")
    ArticleJson replace(@PathVariable long id, @RequestBody ArticleJson body) {
        return shapes.article(service.update(id, ApiShapes.input(body)));
    }

    @PatchMapping("/{id:\\d+}")
    ArticleJson patch(@PathVariable long id, @RequestBody JsonNode patch) {
        ArticleJson merged = merge.apply(shapes.article(find(id)), patch, ArticleJson.class);
        // The version is only checked when the caller sends one.
        ArticleJson input = patch.has("version") ? merged : withoutVersion(merged);
        return shapes.article(service.update(id, ApiShapes.input(input)));
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("لا يوجد مقال بهذا الرقم"));
    }

    private static ArticleJson withoutVersion(ArticleJson j) {
        return new ArticleJson(j.id(), j.url(), j.shortUrl(), j.headline(), j.kicker(), j.summary(), j.slug(), j.section(),
                j.byline(), j.status(), j.publishedAt(), j.updatedAt(), j.featuredImage(), j.body(), j.tags(), j.comments(),
                null, j.createdAt(), j.modifiedAt(), j.minor());
    }
}

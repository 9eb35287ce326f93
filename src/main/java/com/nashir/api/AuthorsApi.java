package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.BylineService;
import com.nashir.author.BylineService.AuthorInput;
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

/** Authors (people with an author page), addressed by id or slug. */
@RestController
@RequestMapping("/api/v1/authors")
class AuthorsApi {
    private final BylineService service;
    private final AuthorRepository authors;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    AuthorsApi(BylineService service, AuthorRepository authors, ApiShapes shapes, JsonMerge merge) {
        this.service = service;
        this.authors = authors;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        return ApiShapes.page(
                authors.findPage(p.offset(), p.perPage()).stream()
                        .map(this::author)
                        .toList(),
                p.page(),
                p.perPage(),
                authors.count());
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable String ref) {
        return author(find(ref));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody AuthorInput body) {
        Author a = service.createAuthor(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/authors/" + a.id())).body(author(a));
    }

    @PutMapping("/{ref}")
    Map<String, Object> replace(Actor actor, @PathVariable String ref, @RequestBody AuthorInput body) {
        return author(service.updateAuthor(actor, find(ref).id(), body));
    }

    @PatchMapping("/{ref}")
    Map<String, Object> patch(Actor actor, @PathVariable String ref, @RequestBody JsonNode patch) {
        Author a = find(ref);
        // The current link is kept unless the patch names "user" ("" removes it).
        AuthorInput merged = merge.apply(
                new AuthorInput(a.slug(), a.name(), a.bio(), a.photoUrl(), null, null), patch, AuthorInput.class);
        return author(service.updateAuthor(actor, a.id(), merged));
    }

    @DeleteMapping("/{ref}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String ref) {
        service.deleteAuthor(actor, find(ref).id());
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> author(Author a) {
        return shapes.author(
                a, service.linkedUser(a.id()).map(u -> u.username()).orElse(null));
    }

    private Author find(String ref) {
        var found = Refs.isId(ref) ? authors.findById(Long.parseLong(ref)) : authors.findBySlug(ref);
        return found.orElseThrow(() -> new NotFoundException(Messages.text("api.author.not-found", ref)));
    }
}

package com.nashir.api;

import com.nashir.system.InvalidInputException;
import com.nashir.system.NotFoundException;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.tag.TagService;
import java.net.URI;
import java.util.Map;
import com.nashir.user.Actor;
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

/** Tags, addressed by id or slug. A tag is only a name: PUT and PATCH both rename it. */
@RestController
@RequestMapping("/api/v1/tags")
class TagsApi {
    private final TagService service;
    private final TagRepository tags;
    private final ApiShapes shapes;

    TagsApi(TagService service, TagRepository tags, ApiShapes shapes) {
        this.service = service;
        this.tags = tags;
        this.shapes = shapes;
    }

    record TagInput(String name) {}

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        return ApiShapes.page(tags.findPage(p.offset(), p.perPage()).stream().map(shapes::tag).toList(), p.page(), p.perPage(), tags.count());
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable String ref) {
        return shapes.tag(find(ref));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody TagInput body) {
        Tag t = service.create(actor, body.name());
        return ResponseEntity.created(URI.create("/api/v1/tags/" + t.id())).body(shapes.tag(t));
    }

    @PutMapping("/{ref}")
    Map<String, Object> replace(Actor actor, @PathVariable String ref, @RequestBody TagInput body) {
        return shapes.tag(service.rename(actor, find(ref).id(), body.name()));
    }

    @PatchMapping("/{ref}")
    Map<String, Object> patch(Actor actor, @PathVariable String ref, @RequestBody TagInput body) {
        Tag t = find(ref);
        if (body.name() == null) {
            throw new InvalidInputException("name", "اسم الوسم مطلوب");
        }
        return shapes.tag(service.rename(actor, t.id(), body.name()));
    }

    @DeleteMapping("/{ref}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String ref) {
        service.delete(actor, find(ref).id());
        return ResponseEntity.noContent().build();
    }

    private Tag find(String ref) {
        var found = Refs.isId(ref)
                ? tags.findById(Long.parseLong(ref)) : tags.findBySlug(ref);
        return found.orElseThrow(() -> new NotFoundException("لا يوجد وسم: " + ref));
    }
}

package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.tag.TagService;
import com.nashir.tag.TagService.TagInput;
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

/** Tags, addressed by id or slug: name, slug (made from the name when not given) and description. */
@RestController
@RequestMapping("/api/v1/tags")
class TagsApi {
    private final TagService service;
    private final TagRepository tags;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    TagsApi(TagService service, TagRepository tags, ApiShapes shapes, JsonMerge merge) {
        this.service = service;
        this.tags = tags;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        return ApiShapes.page(
                tags.findPage(p.offset(), p.perPage()).stream().map(shapes::tag).toList(),
                p.page(),
                p.perPage(),
                tags.count());
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable String ref) {
        return shapes.tag(find(ref));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody TagInput body) {
        Tag t = service.create(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/tags/" + t.id())).body(shapes.tag(t));
    }

    @PutMapping("/{ref}")
    Map<String, Object> replace(Actor actor, @PathVariable String ref, @RequestBody TagInput body) {
        Tag t = find(ref);
        // Without a slug the slug follows the name, as it did when tags were names only.
        return shapes.tag(service.update(actor, t.id(), body));
    }

    @PatchMapping("/{ref}")
    Map<String, Object> patch(Actor actor, @PathVariable String ref, @RequestBody JsonNode patch) {
        Tag t = find(ref);
        TagInput current =
                new TagInput(t.name(), patch.has("name") && !patch.has("slug") ? null : t.slug(), t.description());
        return shapes.tag(service.update(actor, t.id(), merge.apply(current, patch, TagInput.class)));
    }

    @DeleteMapping("/{ref}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String ref) {
        service.delete(actor, find(ref).id());
        return ResponseEntity.noContent().build();
    }

    private Tag find(String ref) {
        var found = Refs.isId(ref) ? tags.findById(Long.parseLong(ref)) : tags.findBySlug(ref);
        return found.orElseThrow(() -> new NotFoundException(Messages.text("api.tag.not-found", ref)));
    }
}

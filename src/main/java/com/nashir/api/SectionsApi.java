package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.section.SectionService;
import com.nashir.section.SectionService.SectionInput;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Sections, addressed by id or slug: /api/v1/sections/politics. */
@RestController
@RequestMapping("/api/v1/sections")
class SectionsApi {
    private final SectionService service;
    private final SectionRepository sections;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    SectionsApi(SectionService service, SectionRepository sections, ApiShapes shapes, JsonMerge merge) {
        this.service = service;
        this.sections = sections;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        List<Section> all = sections.findAll();
        List<Map<String, Object>> items = all.stream()
                .skip(p.offset())
                .limit(p.perPage())
                .map(shapes::section)
                .toList();
        return ApiShapes.page(items, p.page(), p.perPage(), all.size());
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable String ref) {
        return shapes.section(find(ref));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody SectionInput body) {
        Section s = service.create(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/sections/" + s.id())).body(shapes.section(s));
    }

    @PutMapping("/{ref}")
    Map<String, Object> replace(Actor actor, @PathVariable String ref, @RequestBody SectionInput body) {
        return shapes.section(service.update(actor, find(ref).id(), body));
    }

    @PatchMapping("/{ref}")
    Map<String, Object> patch(Actor actor, @PathVariable String ref, @RequestBody JsonNode patch) {
        Section s = find(ref);
        SectionInput merged = merge.apply(
                new SectionInput(s.slug(), s.name(), s.description(), s.position(), s.inMenu(), s.opinion()),
                patch,
                SectionInput.class);
        return shapes.section(service.update(actor, s.id(), merged));
    }

    @DeleteMapping("/{ref}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String ref) {
        service.delete(actor, find(ref).id());
        return ResponseEntity.noContent().build();
    }

    private Section find(String ref) {
        var found = Refs.isId(ref) ? sections.findById(Long.parseLong(ref)) : sections.findBySlug(ref);
        return found.orElseThrow(() -> new NotFoundException(Messages.text("api.section.not-found", ref)));
    }
}

package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.author.BylineService;
import com.nashir.author.BylineService.DeskInput;
import com.nashir.author.Desk;
import com.nashir.author.DeskRepository;
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

/** Desks (bylines without a person), addressed by id or slug. */
@RestController
@RequestMapping("/api/v1/desks")
class DesksApi {
    private final BylineService service;
    private final DeskRepository desks;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    DesksApi(BylineService service, DeskRepository desks, ApiShapes shapes, JsonMerge merge) {
        this.service = service;
        this.desks = desks;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        List<Desk> all = desks.findAll();
        return ApiShapes.page(
                all.stream()
                        .skip(p.offset())
                        .limit(p.perPage())
                        .map(shapes::desk)
                        .toList(),
                p.page(),
                p.perPage(),
                all.size());
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable String ref) {
        return shapes.desk(find(ref));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody DeskInput body) {
        Desk d = service.createDesk(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/desks/" + d.id())).body(shapes.desk(d));
    }

    @PutMapping("/{ref}")
    Map<String, Object> replace(Actor actor, @PathVariable String ref, @RequestBody DeskInput body) {
        Desk d = find(ref);
        DeskInput in = body.slug() == null ? new DeskInput(d.slug(), body.name(), body.description()) : body;
        return shapes.desk(service.updateDesk(actor, d.id(), in));
    }

    @PatchMapping("/{ref}")
    Map<String, Object> patch(Actor actor, @PathVariable String ref, @RequestBody JsonNode patch) {
        Desk d = find(ref);
        return shapes.desk(service.updateDesk(
                actor,
                d.id(),
                merge.apply(new DeskInput(d.slug(), d.name(), d.description()), patch, DeskInput.class)));
    }

    @DeleteMapping("/{ref}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String ref) {
        service.deleteDesk(actor, find(ref).id());
        return ResponseEntity.noContent().build();
    }

    private Desk find(String ref) {
        var found = Refs.isId(ref) ? desks.findById(Long.parseLong(ref)) : desks.findBySlug(ref);
        return found.orElseThrow(() -> new NotFoundException(Messages.text("api.desk.not-found", ref)));
    }
}

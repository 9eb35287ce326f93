package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.breaking.BreakingItem;
import com.nashir.breaking.BreakingNews;
import com.nashir.breaking.BreakingNews.BreakingInput;
import com.nashir.system.PageOf;
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

/** Breaking items. Without expiresAt an item shows for two hours; POST /{id}/end ends it now. */
@RestController
@RequestMapping("/api/v1/breaking")
class BreakingApi {
    private final BreakingNews breaking;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    BreakingApi(BreakingNews breaking, ApiShapes shapes, JsonMerge merge) {
        this.breaking = breaking;
        this.shapes = shapes;
        this.merge = merge;
    }

    /** All items, newest first; {@code ?current=true} for only those showing now. */
    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        if ("true".equals(current)) {
            var items = breaking.current();
            return ApiShapes.page(items.stream().map(shapes::breaking).toList(), 1, p.perPage(), items.size());
        }
        PageOf<BreakingItem> all = breaking.all(p.page(), p.perPage());
        return ApiShapes.page(all.items().stream().map(shapes::breaking).toList(), p.page(), p.perPage(), all.total());
    }

    @GetMapping("/{id:\\d+}")
    Map<String, Object> get(@PathVariable long id) {
        return shapes.breaking(breaking.get(id));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody BreakingInput body) {
        BreakingItem item = breaking.post(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/breaking/" + item.id()))
                .body(shapes.breaking(item));
    }

    @PutMapping("/{id:\\d+}")
    Map<String, Object> replace(Actor actor, @PathVariable long id, @RequestBody BreakingInput body) {
        return shapes.breaking(breaking.update(actor, id, body));
    }

    @PatchMapping("/{id:\\d+}")
    Map<String, Object> patch(Actor actor, @PathVariable long id, @RequestBody JsonNode patch) {
        BreakingItem b = breaking.get(id);
        // The stored expiry may already be past; only a newly sent one is checked.
        BreakingInput merged = merge.apply(new BreakingInput(b.text(), b.url(), null), patch, BreakingInput.class);
        return shapes.breaking(breaking.update(actor, id, merged));
    }

    @PostMapping("/{id:\\d+}/end")
    Map<String, Object> end(Actor actor, @PathVariable long id) {
        return shapes.breaking(breaking.end(actor, id));
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        breaking.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}

package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.address.Permalinks;
import com.nashir.frontpage.FrontLayout;
import com.nashir.frontpage.FrontPageService;
import com.nashir.frontpage.FrontPageService.LayoutInput;
import com.nashir.frontpage.Pin;
import com.nashir.frontpage.Zone;
import com.nashir.published.PublishedArticles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home page's curation (editors and admins): {@code GET} the pins of each zone and the chosen
 * section blocks, {@code PUT} a whole new layout. The same rules as the newsroom's desk
 * ({@link FrontPageService}).
 */
@RestController
@RequestMapping("/api/v1/front-page")
class FrontPageApi {
    private final FrontPageService front;
    private final PublishedArticles published;
    private final ApiShapes shapes;

    FrontPageApi(FrontPageService front, PublishedArticles published, ApiShapes shapes) {
        this.front = front;
        this.published = published;
        this.shapes = shapes;
    }

    @GetMapping
    Map<String, Object> get(Actor actor) {
        actor.require(Permission.CURATE_FRONT);
        return shape(front.current());
    }

    @PutMapping
    Map<String, Object> put(Actor actor, @RequestBody LayoutInput body) {
        front.save(actor, body);
        return shape(front.current());
    }

    private Map<String, Object> shape(FrontLayout layout) {
        Map<Long, com.nashir.published.PublicCard> cards = new java.util.HashMap<>();
        published.cards(layout.pins().stream().map(Pin::articleId).toList()).forEach(c -> cards.put(c.id(), c));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Zone z : Zone.values()) {
            List<Map<String, Object>> pins = new ArrayList<>();
            for (Pin p : layout.pins(z)) {
                Map<String, Object> pin = new LinkedHashMap<>();
                pin.put("articleId", p.articleId());
                var card = cards.get(p.articleId());
                pin.put("headline", card == null ? null : card.headline());
                pin.put("url", card == null ? null : shapes.url(Permalinks.article(card.id(), card.slug())));
                pin.put("until", p.until() == null ? null : p.until().toString());
                pins.add(pin);
            }
            out.put(z.wire(), pins);
        }
        out.put("sections", layout.sectionsChosen() ? layout.sectionIds() : null);
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (Zone z : Zone.values()) {
            slots.put(z.wire(), z.slots());
        }
        out.put("slots", slots);
        return out;
    }
}

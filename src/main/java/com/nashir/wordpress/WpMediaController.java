package com.nashir.wordpress;

import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.MediaSize;
import com.nashir.published.PublishedArticles;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code media}: the library images that are the featured image of a public article, the newest
 * article's first. An image uploaded for a story not yet out is not listed, nor found by id.
 */
@RestController
class WpMediaController {
    private static final String ROUTE = "/wp/v2/media";

    private final PublishedArticles published;
    private final MediaLibrary media;
    private final WpMedia shapes;
    private final WpSite site;
    private final WpResponses responses;

    WpMediaController(
            PublishedArticles published, MediaLibrary media, WpMedia shapes, WpSite site, WpResponses responses) {
        this.published = published;
        this.media = media;
        this.shapes = shapes;
        this.site = site;
        this.responses = responses;
    }

    @GetMapping(WpSite.ROOT + ROUTE)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        int page = p.page();
        int perPage = p.perPage();
        String type = p.oneOf("media_type", "image", List.of("image", "video", "text", "application", "audio"));
        p.throwIfInvalid();
        WpFields fields = WpFields.of(p);
        var urls = type.equals("image")
                ? published.featuredImages(MediaLibrary.PATH_PREFIX, page, perPage)
                : new com.nashir.system.PageOf<String>(List.of(), page, perPage, 0);
        // Two sizes of one image used by different articles are one attachment.
        Map<Long, MediaItem> items = new LinkedHashMap<>();
        for (String url : urls.items()) {
            media.byPath(url).ifPresent(item -> items.putIfAbsent(item.id(), item));
        }
        List<Map<String, Object>> body = new ArrayList<>();
        items.values().forEach(item -> body.add(fields.apply(shapes.attachment(item))));
        return responses.ok(body, WpCollection.headers(site, request, ROUTE, urls.total(), page, perPage), request);
    }

    @GetMapping(WpSite.ROOT + ROUTE + "/{id:\\d+}")
    ResponseEntity<byte[]> one(@PathVariable String id, HttpServletRequest request) {
        WpParams p = new WpParams(request);
        p.throwIfInvalid();
        Long n = WpPostsController.parse(id);
        MediaItem item = null;
        try {
            item = n == null ? null : media.get(n);
        } catch (NotFoundException e) {
            // answered below, like an image no public article shows
        }
        if (item == null
                || !published.showsFeaturedImage(
                        item.sizes().stream().map(MediaSize::path).toList())) {
            throw new WpError("rest_post_invalid_id", 404, Messages.text("wordpress.media.not-found"));
        }
        return responses.ok(WpFields.of(p).apply(shapes.attachment(item)), request);
    }
}

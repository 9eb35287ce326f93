package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.media.MediaChange;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.MediaLimits;
import com.nashir.media.MediaSize;
import com.nashir.media.UploadInput;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.PageOf;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;

/**
 * The media library. Upload is {@code multipart/form-data} with {@code file}, {@code alt}
 * (required), {@code caption}, {@code credit}, {@code archive}; the answer lists the sizes made and
 * an {@code srcset}. Metadata is changed with PATCH (JSON merge patch); files never change.
 */
@RestController
@RequestMapping("/api/v1/media")
class MediaApi {
    private final MediaLibrary media;
    private final ApiShapes shapes;
    private final JsonMerge merge;
    private final MediaLimits limits;

    MediaApi(MediaLibrary media, ApiShapes shapes, JsonMerge merge, MediaLimits limits) {
        this.media = media;
        this.shapes = shapes;
        this.merge = merge;
        this.limits = limits;
    }

    /**
     * Parts are read lazily (see application.properties): the role is checked before the body is
     * parsed, and a part over the size limit fails here, where ApiProblems answers it.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> upload(Actor actor, HttpServletRequest request) throws IOException {
        actor.require(Permission.UPLOAD_MEDIA);
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (form == null) {
            throw new InvalidInputException("file", Messages.text("api.media.multipart-required"));
        }
        MultipartFile file;
        try {
            file = form.getFile("file");
        } catch (MaxUploadSizeExceededException e) {
            com.nashir.system.UploadDrain.drain(request, limits.maxBytes());
            throw e;
        }
        boolean archive = flag(form.getParameter("archive"));
        try (InputStream content = file == null ? null : file.getInputStream()) {
            MediaItem item = media.upload(
                    actor,
                    new UploadInput(
                            file == null ? null : file.getOriginalFilename(),
                            content,
                            form.getParameter("alt"),
                            form.getParameter("caption"),
                            form.getParameter("credit"),
                            archive));
            return ResponseEntity.created(URI.create("/api/v1/media/" + item.id()))
                    .body(json(item));
        }
    }

    @GetMapping
    Map<String, Object> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        PageOf<MediaItem> found = media.search(q, p.page(), p.perPage());
        return ApiShapes.page(found.items().stream().map(this::json).toList(), p.page(), p.perPage(), found.total());
    }

    @GetMapping("/{id:\\d+}")
    Map<String, Object> get(@PathVariable long id) {
        return json(media.get(id));
    }

    @PatchMapping("/{id:\\d+}")
    Map<String, Object> patch(Actor actor, @PathVariable long id, @RequestBody JsonNode patch) {
        MediaItem item = media.get(id);
        MediaChange merged = merge.apply(
                new MediaChange(item.alt(), item.caption(), item.credit(), item.archive()), patch, MediaChange.class);
        return json(media.update(actor, id, merged));
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        media.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> json(MediaItem m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", m.id());
        j.put("url", shapes.url(m.display().path()));
        j.put("srcset", MediaLibrary.srcset(m, shapes::url));
        j.put("width", m.width());
        j.put("height", m.height());
        j.put("alt", m.alt());
        j.put("caption", m.caption());
        j.put("credit", m.credit());
        j.put("archive", m.archive());
        j.put("sizes", m.sizes().stream().map(this::size).toList());
        j.put("contentType", m.contentType());
        j.put("filename", m.filename());
        j.put("bytes", m.bytes());
        j.put("uploadedBy", m.uploadedBy());
        j.put("createdAt", shapes.time(m.createdAt()));
        return j;
    }

    private Map<String, Object> size(MediaSize s) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("width", s.width());
        j.put("height", s.height());
        j.put("url", shapes.url(s.path()));
        j.put("bytes", s.bytes());
        j.put("original", s.original());
        return j;
    }

    /** Form checkboxes and scripts send "on", "true", "1"; absent or empty is false. */
    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new InvalidInputException("archive", Messages.text("api.media.archive-invalid"));
        };
    }
}

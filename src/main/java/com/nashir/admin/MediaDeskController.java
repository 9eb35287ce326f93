package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.media.MediaChange;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.MediaLimits;
import com.nashir.media.UploadInput;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.UploadDrain;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The media library in the newsroom: upload (alt text required), search by caption or alt text,
 * describe, delete; and the two JSON doors the editor's image picker uses (search and upload).
 * Role rules live in {@link MediaLibrary}: writers and above upload, the uploader or an editor
 * changes or deletes.
 *
 * <p>The plain upload form carries its CSRF token in its address as well as in a field (what
 * Spring Security suggests for multipart forms), so the check does not depend on reading the
 * body. A body over the limit is refused by Tomcat before any field is read: the person gets the
 * Arabic "too large" error page. The picker sends the token as a header, so there the size limit
 * reaches this controller and is answered in JSON like any other refusal.
 */
@Controller
class MediaDeskController {
    private static final int PAGE_SIZE = 24;

    private final AdminPages pages;
    private final MediaLibrary media;
    private final MediaLimits limits;

    MediaDeskController(AdminPages pages, MediaLibrary media, MediaLimits limits) {
        this.pages = pages;
        this.media = media;
        this.limits = limits;
    }

    @GetMapping("/admin/media")
    String library(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", pages.page(request, Messages.text("admin.media.title"), "media"));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("found", media.search(q, Math.max(1, page), PAGE_SIZE));
        model.addAttribute("maxMegabytes", limits.maxBytes() / (1024 * 1024));
        model.addAttribute("message", model.getAttribute("flash"));
        return "admin/media";
    }

    @PostMapping("/admin/media")
    String upload(HttpServletRequest request, RedirectAttributes flash) {
        try {
            MediaItem item = receive(request);
            flash.addFlashAttribute(
                    "flash",
                    Messages.text(
                            "admin.media.uploaded",
                            item.id(),
                            ArabicCount.of(item.sizes().size(), CountedNoun.SIZE, DigitStyle.WESTERN)));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flash", e.errors().get(0).message());
        } catch (ForbiddenException e) {
            flash.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/admin/media";
    }

    @PostMapping("/admin/media/{id:\\d+}")
    String describe(
            @PathVariable long id,
            @RequestParam(required = false) String alt,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit,
            @RequestParam(required = false) String archive,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/media",
                () -> media.update(actor(request), id, new MediaChange(alt, caption, credit, "true".equals(archive))),
                Messages.text("admin.media.described", id));
    }

    @PostMapping("/admin/media/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/media",
                () -> media.delete(actor(request), id),
                Messages.text("admin.media.deleted", id));
    }

    /** The editor's picker: newest first, filtered by caption or alt text. */
    @GetMapping("/admin/media/picker")
    @ResponseBody
    Map<String, Object> picker(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        var found = media.search(q, Math.max(1, page), PAGE_SIZE);
        return Map.of(
                "items",
                found.items().stream().map(MediaDeskController::json).toList(),
                "page",
                found.page(),
                "more",
                (long) found.page() * PAGE_SIZE < found.total());
    }

    /** Upload from the editor's picker, answered in JSON (the message is for the person). */
    @PostMapping("/admin/media/picker")
    @ResponseBody
    ResponseEntity<Map<String, Object>> pickerUpload(HttpServletRequest request) {
        var fmt = pages.page(request, "", "media").fmt();
        try {
            return ResponseEntity.ok(json(receive(request)));
        } catch (InvalidInputException e) {
            var err = e.errors().get(0);
            return ResponseEntity.badRequest()
                    .body(Map.of("message", fmt.message(err.message()), "field", err.field()));
        } catch (ForbiddenException e) {
            return ResponseEntity.status(403).body(Map.of("message", fmt.message(e.getMessage())));
        }
    }

    private MediaItem receive(HttpServletRequest request) {
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (form == null) {
            throw new InvalidInputException("file", Messages.text("admin.media.file-required"));
        }
        MultipartFile file;
        try {
            file = form.getFile("file");
        } catch (MaxUploadSizeExceededException e) {
            UploadDrain.drain(request, limits.maxBytes());
            throw new InvalidInputException("file", limits.tooLargeMessage());
        }
        boolean archive = "true".equals(form.getParameter("archive"));
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return media.upload(
                    actor(request),
                    new UploadInput(
                            file == null ? null : file.getOriginalFilename(),
                            content,
                            form.getParameter("alt"),
                            form.getParameter("caption"),
                            form.getParameter("credit"),
                            archive));
        } catch (IOException e) {
            throw new InvalidInputException("file", Messages.text("admin.media.file-incomplete"));
        }
    }

    static Map<String, Object> json(MediaItem m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", m.id());
        j.put("url", m.display().path());
        j.put("thumb", m.sizes().get(0).path());
        j.put("srcset", MediaLibrary.srcset(m));
        j.put("width", m.width());
        j.put("height", m.height());
        j.put("alt", m.alt());
        j.put("caption", m.caption());
        j.put("credit", m.credit());
        j.put("archive", m.archive());
        return j;
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}

package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.coverage.LiveCoverage;
import com.nashir.coverage.LiveUpdate;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live coverage panel of an article's newsroom page ({@code /admin/articles/{id}}): start,
 * end or resume the coverage, post an update (text, an address alone on its line becomes an embed,
 * a library picture), pin the key update, remove one. Plain forms, so it works from a phone
 * without anything but the browser; a refused update keeps what was typed.
 */
@Controller
class LiveCoverageDeskController {
    private static final String POSTED = Messages.text("admin.live.posted");

    private final LiveCoverage coverage;

    LiveCoverageDeskController(LiveCoverage coverage) {
        this.coverage = coverage;
    }

    @PostMapping("/admin/articles/{id:\\d+}/live/start")
    String start(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash, back(id), () -> coverage.start(actor(request), id), Messages.text("admin.live.started"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/live/end")
    String end(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(flash, back(id), () -> coverage.end(actor(request), id), Messages.text("admin.live.ended"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/live/updates")
    String post(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String image,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String result = Flash.run(
                flash,
                back(id),
                () -> coverage.post(
                        actor(request), id, new LiveCoverage.UpdateInput(LiveCoverage.paragraphs(text), image)),
                POSTED);
        // Refused: the page shows why, and the box keeps what was typed.
        if (!POSTED.equals(flash.getFlashAttributes().get("flash"))) {
            flash.addFlashAttribute("liveText", text);
            flash.addFlashAttribute("liveImage", image);
        }
        return result;
    }

    @PostMapping("/admin/live-updates/{id:\\d+}/pin")
    String pin(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean pinned,
            HttpServletRequest request,
            RedirectAttributes flash) {
        LiveUpdate u = coverage.update(id);
        return Flash.run(
                flash,
                back(u.articleId()),
                () -> coverage.pin(actor(request), id, pinned),
                pinned ? Messages.text("admin.live.pinned") : Messages.text("admin.live.unpinned"));
    }

    @PostMapping("/admin/live-updates/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        LiveUpdate u = coverage.update(id);
        return Flash.run(
                flash,
                back(u.articleId()),
                () -> coverage.delete(actor(request), id),
                Messages.text("admin.live.deleted"));
    }

    private static String back(long articleId) {
        return "/admin/articles/" + articleId + "#live";
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}

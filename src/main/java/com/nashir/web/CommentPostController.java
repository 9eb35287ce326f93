package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.arabic.BidiRuns;
import com.nashir.comment.Comment;
import com.nashir.comment.CommentRefused;
import com.nashir.comment.CommentService;
import com.nashir.comment.CommentService.CommentInput;
import com.nashir.comment.CommentStatus;
import com.nashir.comment.FormTokens;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublishedArticles;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Readers post comments here. Without JavaScript the form posts, and a success answers 303 back
 * to the article with {@code ?comment=pending#comments} (a fixed notice, never the reader's own
 * text, and that address is not kept in the page cache); a refusal shows the article again with
 * the 4xx status, the reason and what the reader typed. The page's script posts the same form
 * with {@code Accept: application/json} and gets JSON (problem+json when refused). The rules are
 * all in {@link CommentService}; this class only checks that the post came from this site.
 */
@Controller
class CommentPostController {
    private final CommentService comments;
    private final PublishedArticles published;
    private final ArticlePageController pages;
    private final FrameFactory frames;
    private final FormTokens tokens;

    CommentPostController(
            CommentService comments,
            PublishedArticles published,
            ArticlePageController pages,
            FrameFactory frames,
            FormTokens tokens) {
        this.comments = comments;
        this.published = published;
        this.pages = pages;
        this.frames = frames;
        this.tokens = tokens;
    }

    /** A fresh form token, so the minimum delay counts from when the reader's page loaded, not when it was cached. */
    @GetMapping(value = "/news/{id:\\d+}/comments/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> token(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", comments.formToken(id)));
    }

    @PostMapping("/news/{id:\\d+}/comments")
    Object post(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean json = wantsJson(request);
        PublicArticle article = pages.find(id);
        response.setHeader("Content-Security-Policy", CachedPageWriter.CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        int status;
        String message;
        String field = null;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (!SameOrigin.check(request, frames.site().baseUrl())) {
                throw new CommentRefused(CommentRefused.Reason.BLOCKED, Messages.text("web.comment.cross-site"));
            }
            Comment posted = comments.post(new CommentInput(
                    id,
                    form.get("name"),
                    form.get("email"),
                    form.get("text"),
                    parent(form.get("parentId")),
                    form.get("website"),
                    form.get("token"),
                    request.getRemoteAddr()));
            String outcome = posted.status() == CommentStatus.APPROVED ? "approved" : "pending";
            if (json) {
                return ResponseEntity.status(HttpStatus.CREATED)
                        .cacheControl(CacheControl.noStore())
                        .body(Map.of(
                                "status",
                                outcome,
                                "message",
                                posted.status() == CommentStatus.APPROVED
                                        ? Messages.text("web.comment.posted.approved")
                                        : Messages.text("web.comment.posted.pending")));
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", Permalinks.commentPosted(article.id(), article.slug(), outcome))
                    .build();
        } catch (InvalidInputException e) {
            status = 400;
            message = Messages.text("web.comment.not-sent", e.errors().get(0).message());
            field = e.errors().get(0).field();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        } catch (CommentRefused e) {
            status = e.status();
            message = e.getMessage();
        } catch (ConflictException e) {
            status = 409;
            message = e.getMessage();
            field = e.field();
        }
        if (json) {
            return problem(status, message, field, errors, request);
        }
        CommentForm again = new CommentForm(
                tokens.issue(id),
                value(form, "name"),
                value(form, "email"),
                value(form, "text"),
                value(form, "parentId"),
                errors,
                message,
                true);
        ModelAndView mav =
                new ModelAndView("article", pages.page(request, article, published.corrections(article), false, again));
        mav.setStatus(HttpStatus.valueOf(status));
        return mav;
    }

    /** The page's script shows these messages as they are: numbers in the site's digits, as on the page. */
    private String readable(String message) {
        return message == null
                ? null
                : BidiRuns.digitsForReading(message, frames.site().dateStyle().digits());
    }

    private ResponseEntity<Map<String, Object>> problem(
            int status, String detail, String field, Map<String, String> errors, HttpServletRequest request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put(
                "title",
                Messages.text(
                        status == 409
                                ? "web.comment.problem.closed"
                                : status == 429 ? "web.comment.problem.too-many" : "web.comment.problem.refused"));
        p.put("status", status);
        p.put("detail", readable(detail));
        if (field != null) {
            p.put("field", field);
        }
        if (!errors.isEmpty()) {
            p.put(
                    "errors",
                    errors.entrySet().stream()
                            .map(e -> Map.of("field", e.getKey(), "message", readable(e.getValue())))
                            .toList());
        }
        p.put("instance", request.getRequestURI());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(p);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static Long parent(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parentId", Messages.text("web.comment.parent-not-found"));
        }
    }

    private static String value(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null ? "" : v;
    }
}

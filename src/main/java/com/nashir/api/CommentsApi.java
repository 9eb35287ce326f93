package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.article.CommentsMode;
import com.nashir.comment.Comment;
import com.nashir.comment.CommentService;
import com.nashir.comment.CommentStatus;
import com.nashir.comment.ModerationItem;
import com.nashir.comment.PublicComment;
import com.nashir.published.PublishedArticles;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.system.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments over the API. The public list of an article's approved comments needs no token (see
 * {@link ApiAuthFilter#isPublic}) and has its own shape without email or address; moderation
 * (list by status, change status or text, delete) is for editors and up, with the newsroom shape.
 */
@RestController
class CommentsApi {
    /** The one path under /api/ that answers without a token, GET only. */
    static final String PUBLIC_LIST = "/api/v1/articles/\\d+/comments";

    private final CommentService comments;
    private final PublishedArticles published;
    private final ApiShapes shapes;

    CommentsApi(CommentService comments, PublishedArticles published, ApiShapes shapes) {
        this.comments = comments;
        this.published = published;
        this.shapes = shapes;
    }

    /** Approved comments of a published article, oldest first, replies inside their comment. */
    @GetMapping("/api/v1/articles/{id:\\d+}/comments")
    Map<String, Object> publicList(@PathVariable long id) {
        var article =
                published.byId(id).orElseThrow(() -> new NotFoundException(Messages.text("comment.article-not-found")));
        CommentsMode state = comments.state(article);
        List<PublicComment> thread = comments.thread(article);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", id);
        m.put("comments", state.wire());
        m.put("items", thread.stream().map(this::publicShape).toList());
        m.put("total", thread.stream().mapToInt(c -> 1 + c.replies().size()).sum());
        return m;
    }

    /** Moderation list, newest first: {@code ?status=pending} (default), any status, or "all" (but deleted); {@code ?article=ID}. */
    @GetMapping("/api/v1/comments")
    Map<String, Object> list(
            Actor actor,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long article,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String perPage) {
        Paging p = Paging.of(page, perPage);
        CommentStatus st = null;
        if (status == null || status.isBlank()) {
            st = CommentStatus.PENDING;
        } else if (!"all".equals(status)) {
            st = CommentStatus.fromWire(status.strip());
            Validation.check(st != null, "status", Messages.text("api.comments.status-filter-invalid"));
        }
        PageOf<ModerationItem> items = comments.queue(actor, st, article, p.page(), p.perPage());
        return ApiShapes.page(
                items.items().stream()
                        .map(i -> newsroomShape(i.comment(), i.articleHeadline()))
                        .toList(),
                p.page(),
                p.perPage(),
                items.total());
    }

    @GetMapping("/api/v1/comments/{id:\\d+}")
    Map<String, Object> get(Actor actor, @PathVariable long id) {
        return newsroomShape(comments.get(actor, id), null);
    }

    /** {@code {"status": "approved"}} and/or {@code {"text": "…"}}. */
    @PatchMapping("/api/v1/comments/{id:\\d+}")
    Map<String, Object> patch(Actor actor, @PathVariable long id, @RequestBody Map<String, Object> body) {
        Object status = body.get("status");
        Object text = body.get("text");
        Validation.check(status != null || text != null, "status", Messages.text("api.comment.patch-empty"));
        CommentStatus to = status == null ? null : CommentStatus.fromWire(String.valueOf(status));
        Validation.check(status == null || to != null, "status", Messages.text("comment.moderate.status-invalid"));
        Validation.check(text == null || text instanceof String, "text", Messages.text("api.comment.text-not-string"));
        comments.get(actor, id);
        if (text != null) {
            comments.edit(actor, id, (String) text);
        }
        if (to != null) {
            comments.moderate(actor, List.of(id), to);
        }
        return newsroomShape(comments.get(id), null);
    }

    /** Several at once: {@code {"ids": [1, 2], "status": "spam"}}; all or nothing. */
    @PostMapping("/api/v1/comments/moderate")
    Map<String, Object> bulk(Actor actor, @RequestBody BulkInput body) {
        int n = comments.moderate(actor, body.ids(), CommentStatus.fromWire(body.status()));
        return Map.of("changed", n, "status", body.status());
    }

    record BulkInput(List<Long> ids, String status) {}

    /** Marks the comment deleted (kept for the record, shown nowhere). */
    @DeleteMapping("/api/v1/comments/{id:\\d+}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        comments.moderate(actor, List.of(id), CommentStatus.DELETED);
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> publicShape(PublicComment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("parentId", c.parentId());
        m.put("name", c.name());
        m.put("text", c.text());
        m.put("createdAt", shapes.time(c.createdAt()));
        if (c.parentId() == null) {
            m.put("replies", c.replies().stream().map(this::publicShape).toList());
        }
        return m;
    }

    private Map<String, Object> newsroomShape(Comment c, String headline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("articleId", c.articleId());
        if (headline != null) {
            m.put("articleHeadline", headline);
        }
        m.put("parentId", c.parentId());
        m.put("status", c.status().wire());
        m.put("name", c.name());
        m.put("email", c.email());
        m.put("address", c.address());
        m.put("text", c.text());
        m.put("edited", c.edited());
        m.put("createdAt", shapes.time(c.createdAt()));
        m.put("moderatedAt", shapes.time(c.moderatedAt()));
        m.put("moderatedBy", c.moderatedBy());
        return m;
    }
}

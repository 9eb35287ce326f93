package com.nashir.wordpress;

import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskRepository;
import com.nashir.published.PublishedArticles;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code users}: the authors and desks that sign at least one public article (WordPress too
 * lists only users with published posts to visitors). Desks carry ids from
 * {@link WpUsers#DESK_BASE} up.
 */
@RestController
class WpUsersController {
    private static final String ROUTE = "/wp/v2/users";
    private static final List<String> ORDERBY = List.of("id", "name", "slug", "include");

    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final PublishedArticles published;
    private final WpUsers users;
    private final WpSite site;
    private final WpResponses responses;

    WpUsersController(
            AuthorRepository authors,
            DeskRepository desks,
            PublishedArticles published,
            WpUsers users,
            WpSite site,
            WpResponses responses) {
        this.authors = authors;
        this.desks = desks;
        this.published = published;
        this.users = users;
        this.site = site;
        this.responses = responses;
    }

    @GetMapping(WpSite.ROOT + ROUTE)
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        WpParams p = new WpParams(request);
        Map<Long, Long> byAuthor = published.countsByAuthor();
        Map<Long, Long> byDesk = published.countsByDesk();
        List<WpListing.Row<Map<String, Object>>> rows = new ArrayList<>();
        authors.findPage(0, Integer.MAX_VALUE).stream()
                .filter(a -> byAuthor.containsKey(a.id()))
                .forEach(a -> rows.add(
                        new WpListing.Row<>(a.id(), a.name(), a.slug(), byAuthor.get(a.id()), users.author(a))));
        desks.findAll().stream()
                .filter(d -> byDesk.containsKey(d.id()))
                .forEach(d -> rows.add(new WpListing.Row<>(
                        WpUsers.deskUserId(d.id()), d.name(), d.slug(), byDesk.get(d.id()), users.desk(d))));
        var selected = WpListing.select(rows, p, ORDERBY, r -> true);
        WpFields fields = WpFields.of(p);
        return responses.ok(
                selected.page().stream().map(r -> fields.apply(r.value())).toList(),
                WpCollection.headers(site, request, ROUTE, selected.total(), selected.pageNumber(), selected.perPage()),
                request);
    }

    @GetMapping(WpSite.ROOT + ROUTE + "/{id:\\d+}")
    ResponseEntity<byte[]> one(@PathVariable String id, HttpServletRequest request) {
        WpParams p = new WpParams(request);
        p.throwIfInvalid();
        Long n = WpPostsController.parse(id);
        Optional<Map<String, Object>> user = Optional.empty();
        if (n != null && WpUsers.isDesk(n)) {
            long desk = WpUsers.deskId(n);
            if (published.countsByDesk().containsKey(desk)) {
                user = desks.findById(desk).map(users::desk);
            }
        } else if (n != null && published.countsByAuthor().containsKey(n)) {
            user = authors.findById(n).map(users::author);
        }
        Map<String, Object> found = user.orElseThrow(
                () -> new WpError("rest_user_invalid_id", 404, Messages.text("wordpress.user.not-found")));
        return responses.ok(WpFields.of(p).apply(found), request);
    }
}

package com.nashir.web;

import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.wpimport.WordPressLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Old WordPress addresses of imported content answer 301 to their Nashir address, so links and
 * search results from before the move keep working: {@code /?p=123}, {@code /?page_id=7},
 * {@code /?cat=3}, {@code /2024/06/17/slug/}, {@code /2024/06/slug/}, {@code /slug/} (when one
 * post has it), {@code /category/x/}, {@code /tag/y/}, {@code /author/name/}. Anything unknown is
 * a 404, never the home page: a home page under {@code /?p=…} would be cached and indexed as a
 * copy of it. The mappings with a query parameter are more specific than the home page's, so
 * Spring picks them; the page cache stores only 200s, so a 301 is never served from it.
 */
@Controller
class WordPressRedirects {
    private static final String GONE = Messages.text("web.wordpress.not-found");

    private final WordPressLinks links;

    WordPressRedirects(WordPressLinks links) {
        this.links = links;
    }

    @GetMapping(value = "/", params = "p")
    ResponseEntity<Void> post(@RequestParam("p") String id) {
        return moved(digits(id) ? links.post(id) : Optional.empty());
    }

    @GetMapping(value = "/", params = "page_id")
    ResponseEntity<Void> page(@RequestParam("page_id") String id) {
        return moved(digits(id) ? links.page(id) : Optional.empty());
    }

    @GetMapping(value = "/", params = "cat")
    ResponseEntity<Void> categoryById(@RequestParam("cat") String id) {
        return moved(digits(id) ? links.categoryId(id) : Optional.empty());
    }

    @GetMapping({
        "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/",
        "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}"
    })
    ResponseEntity<Void> dated(
            @PathVariable String year,
            @PathVariable String month,
            @PathVariable String day,
            @PathVariable String slug) {
        return moved(links.dated(year, month, day, slug));
    }

    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{slug}/", "/{year:\\d{4}}/{month:\\d{2}}/{slug}"})
    ResponseEntity<Void> monthly(@PathVariable String year, @PathVariable String month, @PathVariable String slug) {
        return moved(links.dated(year, month, null, slug));
    }

    @GetMapping("/category/**")
    ResponseEntity<Void> category(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/category/".length());
        String[] parts = path.split("/");
        return moved(parts.length == 0 ? Optional.empty() : links.category(parts[parts.length - 1]));
    }

    /** With the trailing slash only: {@code /tag/y} is Nashir's own tag page. */
    @GetMapping("/tag/{slug}/")
    ResponseEntity<Void> tag(@PathVariable String slug) {
        return moved(links.tag(slug));
    }

    @GetMapping("/author/{login}/")
    ResponseEntity<Void> author(@PathVariable String login) {
        return moved(links.author(login));
    }

    @GetMapping("/{slug}/")
    ResponseEntity<Void> bare(@PathVariable String slug) {
        return moved(links.slug(slug));
    }

    private static ResponseEntity<Void> moved(Optional<String> to) {
        String location = to.orElseThrow(() -> new NotFoundException(GONE));
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", location)
                .build();
    }

    private static boolean digits(String s) {
        return s != null && !s.isEmpty() && s.length() <= 19 && s.chars().allMatch(Character::isDigit);
    }
}

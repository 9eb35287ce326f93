package com.nashir.web;

import com.nashir.feed.Sitemaps;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The XML sitemaps: {@code /sitemap.xml} (the index robots.txt names), {@code /sitemap-news.xml},
 * {@code /sitemap-articles-YYYY-MM.xml} (and {@code -2}, {@code -3}… past 50,000 articles in a
 * month), {@code /sitemap-sections.xml}, {@code -tags}, {@code -authors}, {@code -desks}.
 */
@RestController
class SitemapController {
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final Pattern ARTICLES = Pattern.compile("articles-(\\d{4})-(\\d{2})(?:-([2-9]|[1-9]\\d{1,4}))?");
    private static final Pattern LISTINGS = Pattern.compile("([a-z]+)(?:-([2-9]|[1-9]\\d{1,4}))?");

    private final Sitemaps sitemaps;
    private final FrameFactory frames;

    SitemapController(Sitemaps sitemaps, FrameFactory frames) {
        this.sitemaps = sitemaps;
        this.frames = frames;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index(HttpServletRequest request) {
        return xml(sitemaps.index(base(request)), request);
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<byte[]> news(HttpServletRequest request) {
        return xml(sitemaps.news(base(request)), request);
    }

    @GetMapping("/{file:sitemap-[a-z0-9-]+\\.xml}")
    ResponseEntity<byte[]> file(@PathVariable String file, HttpServletRequest request) {
        String name = file.substring("sitemap-".length(), file.length() - ".xml".length());
        Optional<Sitemaps.Sitemap> body = Optional.empty();
        Matcher m = ARTICLES.matcher(name);
        Matcher l = LISTINGS.matcher(name);
        if (m.matches()) {
            try {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                body = sitemaps.articles(month, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)), base(request));
            } catch (DateTimeException e) {
                body = Optional.empty();
            }
        } else if (l.matches()) {
            int part = l.group(2) == null ? 1 : Integer.parseInt(l.group(2));
            body = Sitemaps.ListingKind.of(l.group(1)).flatMap(kind -> sitemaps.listings(kind, part, base(request)));
        }
        return xml(body.orElseThrow(() -> new NotFoundException(Messages.text("web.sitemap.not-found"))), request);
    }

    private String base(HttpServletRequest request) {
        return frames.absolute(request, "");
    }

    private static ResponseEntity<byte[]> xml(Sitemaps.Sitemap sitemap, HttpServletRequest request) {
        PageKeys.add(request, sitemap.keys());
        return ResponseEntity.ok().contentType(XML).body(sitemap.xml());
    }
}

package com.nashir.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nashir.reading.ViewCounts;
import com.nashir.system.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article page's script reports a reading here after the page has loaded (so copies from the
 * page cache count too): no cookie is read or set and nothing about the reader is stored. Not
 * counted: robots and tools (by User-Agent), prefetches and prerenders (by {@code Sec-Purpose},
 * {@code Purpose}, {@code X-Purpose}, {@code X-Moz}), posts from other sites, and more than
 * {@code perMinute} readings a minute from one address (held in memory for that minute only, per
 * /64 for IPv6). Answers 202 when counted, 204 when not; never an error page, and never cached.
 */
@RestController
class ViewBeacon {
    /** Robots, link previews, monitors, headless browsers and HTTP libraries. */
    static final Pattern NOT_A_READER = Pattern.compile(
            "bot|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|embedly|"
                    + "preview|headless|phantomjs|lighthouse|pingdom|uptime|monitor|curl|wget|python|java/|go-http|okhttp|httpclient|"
                    + "node-fetch|axios|libwww|scrapy|feedfetcher|mediapartners|whatsapp|telegram|discord|skype",
            Pattern.CASE_INSENSITIVE);

    private final ViewCounts counts;
    private final FrameFactory frames;
    private final int perMinute;
    private final Cache<String, AtomicInteger> recent;

    ViewBeacon(
            ViewCounts counts, FrameFactory frames, @Value("${nashir.views.per-address-per-minute:30}") int perMinute) {
        this.counts = counts;
        this.frames = frames;
        this.perMinute = perMinute;
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(100_000)
                .build();
    }

    @PostMapping("/news/{id:\\d{1,18}}/view")
    ResponseEntity<Void> view(@PathVariable long id, HttpServletRequest request) {
        boolean counted = isReader(request.getHeader("User-Agent"))
                && !isPrefetch(
                        request.getHeader("Sec-Purpose"),
                        request.getHeader("Purpose"),
                        request.getHeader("X-Purpose"),
                        request.getHeader("X-Moz"))
                && SameOrigin.check(request, frames.site().baseUrl())
                && withinLimit(ClientAddresses.limitKey(request.getRemoteAddr()))
                && counts.add(id);
        return ResponseEntity.status(counted ? HttpStatus.ACCEPTED : HttpStatus.NO_CONTENT)
                .cacheControl(CacheControl.noStore())
                .build();
    }

    /** A browser a person reads with: a User-Agent that names none of {@link #NOT_A_READER}. */
    static boolean isReader(String userAgent) {
        return userAgent != null
                && !userAgent.isBlank()
                && !NOT_A_READER.matcher(userAgent).find();
    }

    /** A request the browser made ahead of the reader (speculation rules, link prefetch, Firefox's prefetch, previews). */
    static boolean isPrefetch(String secPurpose, String purpose, String xPurpose, String xMoz) {
        for (String h : new String[] {secPurpose, purpose, xPurpose, xMoz}) {
            if (h != null) {
                String v = h.toLowerCase(Locale.ROOT);
                if (v.contains("prefetch") || v.contains("prerender") || v.contains("preview")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean withinLimit(String address) {
        return recent.get(address, k -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}

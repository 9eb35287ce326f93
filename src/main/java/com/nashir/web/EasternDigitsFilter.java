package com.nashir.web;

import com.nashir.arabic.DigitStyle;
import com.nashir.format.ReadingText;
import com.nashir.site.SiteSettingsStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * With Eastern digits chosen, no Western digit is left in the text a person reads on an HTML page
 * of the site or the newsroom: labels, messages made by services ("حاول بعد 5 ثوانٍ"), validation
 * errors, anything a template printed with {@code ${…}}. Templates already write their own numbers
 * and editorial text in the site's digits ({@code fmt.number}, {@code fmt.count}, {@code fmt.text});
 * this is the one place that makes it true for every page by construction. The page's text and
 * the attributes people read (title, alt, placeholder, aria-label) change; markup, addresses,
 * {@code datetime}, scripts, code and form values do not ({@link ReadingText#digitsInPage}).
 *
 * <p>It runs inside the page cache, so a cached page is converted once; with Western digits (the
 * default) it does nothing. Streams, assets, media, feeds and the JSON APIs are never touched.
 */
class EasternDigitsFilter extends OncePerRequestFilter {
    private final SiteSettingsStore site;

    EasternDigitsFilter(SiteSettingsStore site) {
        this.site = site;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/live/")
                || path.startsWith("/assets/")
                || path.startsWith("/vendor/")
                || path.startsWith("/media/")
                || path.startsWith("/fonts/")
                || path.startsWith("/demo/")
                || path.startsWith("/api/")
                || path.startsWith("/wp-json")
                || path.endsWith(".xml")
                || path.contains("/feed");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (site.current().dateStyle().digits() != DigitStyle.EASTERN) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        String type = captured.getContentType();
        byte[] body = captured.getContentAsByteArray();
        if (type == null || !type.startsWith("text/html") || body.length == 0 || request.isAsyncStarted()) {
            captured.copyBodyToResponse();
            return;
        }
        byte[] converted = ReadingText.digitsInPage(new String(body, StandardCharsets.UTF_8), DigitStyle.EASTERN)
                .getBytes(StandardCharsets.UTF_8);
        captured.resetBuffer();
        captured.copyBodyToResponse();
        response.setContentLength(converted.length);
        response.getOutputStream().write(converted);
    }
}

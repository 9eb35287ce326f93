package com.nashir.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Allow-list for article bodies. Everything not listed is dropped: scripts, event handlers,
 * style attributes, iframes, forms, and any URL that is not http(s), mailto or site-relative.
 * Links get rel="noopener". {@code dir} and {@code lang} survive so mixed Arabic/Latin
 * passages keep their direction. Embeds and galleries are kept in exactly the shape
 * {@link BodyBlocks} rebuilds; a pasted player ({@code <iframe>}) never survives.
 */
public final class BodySanitizer {
    private static final String BASE = "https://nashir.invalid/";
    private static final String[] BLOCKS = {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption"
    };

    private static final Safelist SAFELIST = new Safelist()
            .addTags(BLOCKS)
            .addTags("a", "strong", "em", "b", "i", "br", "img", "sub", "sup", "bdi")
            .addAttributes(":all", "dir", "lang")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("blockquote", "cite")
            .addAttributes("figure", "data-embed", "data-id", "data-gallery", "data-media")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodySanitizer() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // The base only lets the cleaner judge relative links; they are stored as written.
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, BASE, SAFELIST, OUTPUT));
        clean.outputSettings(OUTPUT.clone());
        BodyBlocks.normalize(clean.body());
        return clean.body().html();
    }

    /** Plain text of a body (summaries, meta descriptions). */
    public static String text(String html) {
        return Jsoup.parse(html == null ? "" : html).text();
    }

    /** True when the sanitized body has readable text or an image. */
    public static boolean hasContent(String cleanHtml) {
        Document doc = Jsoup.parseBodyFragment(cleanHtml);
        Element body = doc.body();
        return !body.text().isBlank() || !body.select("img").isEmpty();
    }
}

package com.nashir.feed;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Text rules for feeds: bodies with absolute links, short plain-text summaries, image types by name. */
final class FeedText {
    /**
     * A link or picture whose address is not already absolute, or a srcset to drop: only such a body
     * is worth parsing (a fifth of a full feed's render went to parsing bodies that had neither).
     */
    private static final Pattern RELATIVE_OR_SRCSET =
            Pattern.compile("(?i)srcset|\\s(?:href|src)\\s*=\\s*(?![\"']?https?://)");

    private FeedText() {}

    /**
     * The (already sanitized) body with every link and picture address made absolute against
     * {@code baseUrl}: feed readers show it away from the site, where "/media/…" leads nowhere.
     */
    static String absolutize(String bodyHtml, String baseUrl) {
        if (!RELATIVE_OR_SRCSET.matcher(bodyHtml).find()) {
            return bodyHtml;
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml, baseUrl + "/");
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            a.attr("href", a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src"));
            img.removeAttr("srcset");
        }
        return doc.body().html();
    }

    /** At most {@code max} characters, cut at a word with "…". */
    static String excerpt(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** The media type of an image address by its extension; JPEG when it cannot be told. */
    static String imageType(String url) {
        String path = url.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        if (path.endsWith(".png")) {
            return "image/png";
        } else if (path.endsWith(".webp")) {
            return "image/webp";
        } else if (path.endsWith(".gif")) {
            return "image/gif";
        } else if (path.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (path.endsWith(".avif")) {
            return "image/avif";
        }
        return "image/jpeg";
    }

    /** An address as given when absolute, else joined to the site's base. */
    static String absolute(String baseUrl, String url) {
        return url.startsWith("/") && !url.startsWith("//") ? baseUrl + url : url;
    }
}

package com.nashir.feed;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Text rules for feeds: bodies with absolute links, short plain-text summaries, image types by name. */
final class FeedText {
    private FeedText() {}

    /**
     * The (already sanitized) body with every link and picture address made absolute against
     * {@code baseUrl}: feed readers show it away from the site, where "/media/…" leads nowhere.
     */
    static String absolutize(String bodyHtml, String baseUrl) {
        if (!hasRelativeAddressOrSrcset(bodyHtml)) {
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

    /**
     * Whether the body has a link or picture whose address is not already absolute, or a srcset to drop: only such a
     * body is worth parsing (a fifth of a full feed's render went to parsing bodies that had neither). Looks only at
     * the attribute before each "=", which Arabic text rarely holds (a case-insensitive regular expression tried at
     * every character cost half of what it saved).
     */
    static boolean hasRelativeAddressOrSrcset(String html) {
        for (int eq = html.indexOf('='); eq >= 0; eq = html.indexOf('=', eq + 1)) {
            int end = eq;
            while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(html.charAt(start - 1))) {
                start--;
            }
            String name = html.substring(start, end);
            if (name.equalsIgnoreCase("srcset")) {
                return true;
            }
            if (name.equalsIgnoreCase("href") || name.equalsIgnoreCase("src")) {
                int v = eq + 1;
                while (v < html.length()
                        && (Character.isWhitespace(html.charAt(v))
                                || html.charAt(v) == '"'
                                || html.charAt(v) == '\'')) {
                    v++;
                }
                if (!html.regionMatches(true, v, "https://", 0, 8) && !html.regionMatches(true, v, "http://", 0, 7)) {
                    return true;
                }
            }
        }
        return false;
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

package com.nashir.wpimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns WordPress post content into the HTML an article body expects, before the article
 * service sanitizes it. Pure functions, in this order:
 *
 * <ol>
 *   <li>HTML comments go (block-editor markers such as {@code <!-- wp:paragraph -->}).</li>
 *   <li>{@code [caption]…[/caption]} becomes {@code <figure>…<figcaption>}; the embeds the site
 *       cannot show ({@code [gallery]}, {@code [video]}, {@code [audio]}, {@code [playlist]}) are
 *       removed; {@code [embed]URL[/embed]} becomes the address on its own line, which the
 *       sanitizer turns into an embed when it is one of a known provider (what WordPress's oEmbed
 *       does with an address on its own line, which needs nothing here).</li>
 *   <li>Classic-editor text gets paragraphs the way WordPress's {@code wpautop} makes them when it
 *       shows a post: a blank line starts a paragraph, a single line break is a {@code <br>}.
 *       Block-editor content (it has {@code <!-- wp:} markers) already has its paragraphs.</li>
 *   <li>{@code h1} becomes {@code h2} and {@code h5}/{@code h6} become {@code h4} (article bodies use h2–h4).</li>
 *   <li>Image and link addresses that point at imported uploads are rewritten to the media library.</li>
 * </ol>
 */
final class WpContent {
    private static final String BLOCKS =
            "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map"
                    + "|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav"
                    + "|figure|figcaption|details|menu|summary)";
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern CAPTION =
            Pattern.compile("(?is)\\[(?:caption|wp_caption)([^\\]]*)\\](.*?)\\[/(?:caption|wp_caption)\\]");
    private static final Pattern CAPTION_ATTR = Pattern.compile("(?i)caption=\"([^\"]*)\"");
    private static final Pattern CAPTION_MEDIA =
            Pattern.compile("(?is)^\\s*((?:<a [^>]*>\\s*)?<img [^>]*>(?:\\s*</a>)?)(.*)$");
    private static final Pattern EMBEDS =
            Pattern.compile("(?is)\\[(gallery|embed|video|audio|playlist)\\b[^\\]]*\\](?:.*?\\[/\\1\\])?");
    private static final Pattern EMBED_URL =
            Pattern.compile("(?i)\\[embed[^\\]]*\\]\\s*(https?://[^\\s\\[<\"]+)\\s*\\[/embed\\]");
    private static final Pattern PRE = Pattern.compile("(?is)<pre[^>]*>.*?</pre>");
    /** Elements the sanitizer removes with their content: worth a warning when a post had them. */
    private static final List<String> UNSAFE = List.of(
            "script",
            "iframe",
            "style",
            "object",
            "embed",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "video",
            "audio",
            "svg",
            "math",
            "canvas",
            "frame",
            "frameset",
            "applet");

    private WpContent() {}

    /** The prepared body; {@code rewrite} maps an address to its new one (or returns null to keep it). */
    static String prepare(String raw, UnaryOperator<String> rewrite) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        boolean blocks = raw.contains("<!-- wp:");
        String html = COMMENT.matcher(raw).replaceAll("");
        html = captions(html);
        html = EMBED_URL.matcher(html).replaceAll("\n\n$1\n\n");
        html = EMBEDS.matcher(html).replaceAll("");
        if (!blocks) {
            html = autop(html);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        // The block editor's embed block: the address alone in its wrapper; kept as a paragraph of its own.
        for (Element embed : doc.body().select("figure.wp-block-embed")) {
            String url = embed.text().strip();
            if (url.matches("https?://\\S+")) {
                embed.replaceWith(new Element("p").text(url));
            } else {
                embed.remove();
            }
        }
        for (Element h : doc.body().select("h1, h5, h6")) {
            h.tagName("h1".equals(h.normalName()) ? "h2" : "h4");
        }
        for (Element img : doc.body().select("img[src]")) {
            String to = rewrite.apply(img.attr("src"));
            if (to != null) {
                img.attr("src", to).removeAttr("srcset").removeAttr("sizes");
            }
        }
        for (Element a : doc.body().select("a[href]")) {
            String to = rewrite.apply(a.attr("href"));
            if (to != null) {
                a.attr("href", to);
            }
        }
        // Removed markers leave runs of blank lines between blocks: one is enough.
        return doc.body().html().strip().replaceAll("\\n\\s*\\n", "\n\n");
    }

    /** Elements in the raw content that no article body keeps, with how many of each ("iframe" → 2). */
    static Map<String, Integer> unsafeElements(String raw) {
        Map<String, Integer> found = new TreeMap<>();
        if (raw == null || raw.isBlank()) {
            return found;
        }
        Document doc = Jsoup.parseBodyFragment(raw);
        for (String tag : UNSAFE) {
            int n = doc.body().getElementsByTag(tag).size();
            if (n > 0) {
                found.put(tag, n);
            }
        }
        return found;
    }

    /** Every image and link address in the raw content (to import the uploads they point at first). */
    static List<String> addresses(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        Document doc = Jsoup.parseBodyFragment(raw);
        doc.body().select("img[src]").forEach(e -> out.add(e.attr("src")));
        doc.body().select("a[href]").forEach(e -> out.add(e.attr("href")));
        return out;
    }

    /** {@code [caption caption="…"]<img …> text[/caption]} → {@code <figure><img …><figcaption>text</figcaption></figure>}. */
    static String captions(String html) {
        Matcher m = CAPTION.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inner = m.group(2);
            Matcher media = CAPTION_MEDIA.matcher(inner);
            String figure;
            if (media.matches()) {
                String text = media.group(2).strip();
                if (text.isEmpty()) {
                    Matcher attr = CAPTION_ATTR.matcher(m.group(1));
                    text = attr.find() ? attr.group(1) : "";
                }
                figure = "<figure>" + media.group(1) + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>")
                        + "</figure>";
            } else {
                figure = inner;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("\n\n" + figure + "\n\n"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * WordPress's {@code wpautop}, the parts that matter for stored posts: double line breaks make
     * paragraphs, single ones {@code <br>}, block elements are never wrapped in a paragraph, and
     * {@code <pre>} keeps its line breaks.
     */
    static String autop(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> pres = new ArrayList<>();
        Matcher pm = PRE.matcher(text.replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder kept = new StringBuilder();
        while (pm.find()) {
            pres.add(pm.group());
            pm.appendReplacement(kept, Matcher.quoteReplacement("<pre wp-pre=\"" + (pres.size() - 1) + "\"></pre>"));
        }
        pm.appendTail(kept);
        String pee = kept + "\n";
        pee = pee.replaceAll("<br\\s*/?>\\s*<br\\s*/?>", "\n\n");
        pee = pee.replaceAll("(?i)(<" + BLOCKS + "[\\s/>])", "\n\n$1");
        pee = pee.replaceAll("(?i)(</" + BLOCKS + ">)", "$1\n\n");
        pee = pee.replaceAll("[ \\t]+\\n", "\n");
        StringBuilder out = new StringBuilder();
        for (String p : pee.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.append("<p>").append(p.strip()).append("</p>\n");
            }
        }
        pee = out.toString();
        pee = pee.replaceAll("<p>\\s*</p>", "");
        pee = pee.replaceAll("(?i)<p>([^<]+)</(div|address|form)>", "<p>$1</p></$2>");
        pee = pee.replaceAll("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>", "$1");
        pee = pee.replaceAll("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)", "$1");
        pee = pee.replaceAll("(?i)(</?" + BLOCKS + "[^>]*>)\\s*</p>", "$1");
        pee = pee.replaceAll("(?<!<br />)\\s*\\n", "<br />\n");
        pee = pee.replaceAll("(?i)(</?" + BLOCKS + "[^>]*>)\\s*<br />", "$1");
        pee = pee.replaceAll("(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", "$1");
        pee = pee.replaceAll("<br />\\n$", "").strip();
        for (int i = 0; i < pres.size(); i++) {
            pee = pee.replace("<pre wp-pre=\"" + i + "\"></pre>", pres.get(i));
        }
        return pee;
    }
}

package com.nashir.article;

import com.nashir.embed.Embed;
import com.nashir.embed.Embeds;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The structured blocks an article body may hold, rebuilt in their one allowed shape after the
 * allow-list has run (so nothing an editor or an importer wrote survives except what is listed):
 *
 * <pre>
 * &lt;figure data-embed="youtube" data-id="dQw4w9WgXcQ"&gt;&lt;a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"&gt;…&lt;/a&gt;&lt;/figure&gt;
 * &lt;figure data-gallery=""&gt;&lt;figure data-media="12"&gt;&lt;img src="/media/…" alt="…"&gt;&lt;figcaption&gt;…&lt;/figcaption&gt;&lt;/figure&gt;…&lt;/figure&gt;
 * </pre>
 *
 * An embed's link is built from its provider and id ({@link Embed#url()}); one that does not
 * check out becomes a plain paragraph link, or goes. A paragraph holding nothing but the address
 * of a known provider (pasted on its own line, or imported from WordPress, where that is oEmbed)
 * becomes an embed. A gallery keeps only library pictures ({@code data-media} ids, /media/ files).
 */
final class BodyBlocks {
    private BodyBlocks() {}

    static void normalize(Element body) {
        for (Element p : body.select("p")) {
            ownLineEmbed(p).ifPresent(e -> p.replaceWith(embed(e)));
        }
        for (Element fig : body.select("figure[data-embed]")) {
            Optional<Embed> e = Embeds.of(fig.attr("data-embed"), fig.attr("data-id"));
            if (e.isPresent()) {
                fig.replaceWith(embed(e.get()));
            } else {
                Element link = fig.selectFirst("a[href]");
                if (link != null) {
                    fig.replaceWith(new Element("p").appendChild(link.clone()));
                } else {
                    fig.remove();
                }
            }
        }
        for (Element fig : body.select("figure[data-id]:not([data-embed])")) {
            fig.removeAttr("data-id");
        }
        for (Element gallery : body.select("figure[data-gallery]")) {
            gallery(gallery);
        }
        for (Element fig : body.select("figure[data-media]")) {
            if (fig.parent() == null || !fig.parent().hasAttr("data-gallery")) {
                fig.removeAttr("data-media");
            }
        }
    }

    /** The stored shape of an embed. */
    static Element embed(Embed e) {
        Element fig =
                new Element("figure").attr("data-embed", e.provider().wire()).attr("data-id", e.id());
        fig.appendElement("a").attr("href", e.url()).attr("rel", "noopener").text(e.url());
        return fig;
    }

    private static Optional<Embed> ownLineEmbed(Element p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.contains(" ")) {
            return Optional.empty();
        }
        for (Node child : p.childNodes()) {
            boolean ok = child instanceof TextNode t
                    ? t.isBlank() || t.text().strip().equals(text)
                    : child instanceof Element el
                            && (el.nameIs("a") && el.text().strip().equals(text) || el.nameIs("br"));
            if (!ok) {
                return Optional.empty();
            }
        }
        return Embeds.parse(text);
    }

    private static void gallery(Element gallery) {
        Element kept = new Element("figure").attr("data-gallery", "");
        for (Element item : gallery.children()) {
            Element img = item.selectFirst("img[src]");
            String id = item.attr("data-media");
            if (!item.nameIs("figure")
                    || img == null
                    || !id.matches("[0-9]{1,18}")
                    || !img.attr("src").startsWith("/media/")) {
                continue;
            }
            Element fig = kept.appendElement("figure").attr("data-media", id);
            fig.appendElement("img").attr("src", img.attr("src")).attr("alt", img.attr("alt"));
            Element caption = item.selectFirst("figcaption");
            if (caption != null && !caption.text().isBlank()) {
                fig.appendElement("figcaption").text(caption.text().strip());
            }
        }
        if (kept.childrenSize() == 0) {
            gallery.remove();
        } else {
            gallery.replaceWith(kept);
        }
    }
}

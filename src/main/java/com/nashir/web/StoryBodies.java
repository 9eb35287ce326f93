package com.nashir.web;

import com.nashir.arabic.CountedNoun;
import com.nashir.article.FeaturedImage;
import com.nashir.embed.Embed;
import com.nashir.embed.Embeds;
import com.nashir.format.Fmt;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.system.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Turns the stored blocks of a sanitized body into what the public page shows:
 *
 * <ul>
 *   <li>An embed ({@code figure[data-embed]}) becomes a click-to-load card: what it is, where it is
 *       from, and the plain link. Nothing is fetched from the provider until the reader presses
 *       "اعرض", when {@code /assets/story.js} puts the player's frame ({@link Embed#player()}) in its
 *       place. Without JavaScript the card is a working link. There is no thumbnail: every
 *       provider's picture would be a request to it on load.</li>
 *   <li>A gallery ({@code figure[data-gallery]}) becomes a horizontal strip that snaps to each
 *       picture (CSS only, so it reads and swipes without JavaScript), each picture with its
 *       caption, its credit and the archive mark from the media library (one query for all).</li>
 * </ul>
 * Digits in the text are written by {@link Fmt#html} afterwards, like the rest of the body.
 */
@Component
public class StoryBodies {
    private static final String LOAD = Messages.text("web.embed.load");

    private final MediaLibrary media;

    StoryBodies(MediaLibrary media) {
        this.media = media;
    }

    public StoryBody render(String sanitized, Fmt fmt) {
        String html = sanitized == null ? "" : sanitized;
        if (!html.contains("data-embed") && !html.contains("data-gallery")) {
            return new StoryBody(html, false, false);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean embeds = false;
        for (Element fig : doc.body().select("figure[data-embed]")) {
            Optional<Embed> e = Embeds.of(fig.attr("data-embed"), fig.attr("data-id"));
            if (e.isPresent()) {
                fig.replaceWith(card(e.get()));
                embeds = true;
            }
        }
        List<Element> galleries = doc.body().select("figure[data-gallery]");
        if (!galleries.isEmpty()) {
            Map<String, MediaItem> items = media.byPaths(galleries.stream()
                    .flatMap(g -> g.select("img[src]").stream())
                    .map(img -> img.attr("src"))
                    .toList());
            int n = 0;
            for (Element g : galleries) {
                g.replaceWith(gallery(g, items, fmt, ++n));
            }
            java.util.Set<Long> shown = new java.util.HashSet<>();
            items.values().forEach(i -> shown.add(i.id()));
            return new StoryBody(doc.body().html(), embeds, true, shown);
        }
        return new StoryBody(doc.body().html(), embeds, false);
    }

    private static Element card(Embed e) {
        Element fig = new Element("figure")
                .addClass("embed")
                .attr("data-provider", e.provider().wire())
                .attr("data-player", e.player())
                .attr("data-title", e.title());
        Element box = fig.appendElement("div").addClass("embed-card");
        box.appendElement("p").addClass("embed-title").text(e.title());
        box.appendElement("p")
                .addClass("embed-link")
                .appendElement("a")
                .attr("href", e.url())
                .attr("rel", "noopener nofollow")
                .attr("dir", "ltr")
                .text(e.url());
        box.appendElement("p")
                .addClass("embed-privacy")
                .text(privacy(e.provider().arabicName()));
        box.appendElement("button")
                .attr("type", "button")
                .addClass("embed-load")
                .attr("hidden", "")
                .text(LOAD);
        return fig;
    }

    /** The note under the card: what loading the player means for the reader's privacy. */
    private static String privacy(String provider) {
        return Messages.text("web.embed.privacy", provider);
    }

    private static Element gallery(Element stored, Map<String, MediaItem> items, Fmt fmt, int number) {
        List<Element> pictures =
                stored.children().stream().filter(c -> c.hasAttr("data-media")).toList();
        String label = Messages.text("web.gallery.label", fmt.count(pictures.size(), CountedNoun.IMAGE));
        String id = "gallery-" + number;
        Element fig = new Element("figure").addClass("gallery").attr("id", id).attr("aria-label", label);
        Element track = fig.appendElement("ul")
                .addClass("gallery-track")
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", label);
        int i = 0;
        for (Element p : pictures) {
            Element img = p.selectFirst("img");
            String src = img.attr("src");
            MediaItem item = items.get(src);
            Element caption = p.selectFirst("figcaption");
            String text =
                    caption != null ? caption.text() : item == null || item.caption() == null ? "" : item.caption();
            String credit = item == null || item.credit() == null ? "" : item.credit();
            FeaturedImage shown = new FeaturedImage(src, text, credit, img.attr("alt"), item != null && item.archive());
            Element li = track.appendElement("li").addClass("gallery-item").attr("id", id + "-" + (++i));
            Element pic = li.appendElement("figure");
            Element im = pic.appendElement("img")
                    .attr("alt", shown.alt())
                    .attr("loading", i == 1 ? "eager" : "lazy")
                    .attr("decoding", "async");
            if (item != null) {
                im.attr("src", item.display().path())
                        .attr("srcset", MediaLibrary.srcset(item))
                        .attr("sizes", "(min-width: 48rem) 46rem, 100vw")
                        .attr("width", String.valueOf(item.display().width()))
                        .attr("height", String.valueOf(item.display().height()))
                        .attr("data-full", item.original().path());
            } else {
                im.attr("src", src).attr("data-full", src);
            }
            Element cap = pic.appendElement("figcaption");
            cap.appendElement("span").addClass("gallery-n").text(i + " / " + pictures.size());
            if (!shown.displayCaption().isBlank()) {
                cap.appendElement("span").addClass("gallery-caption").text(shown.displayCaption());
            }
            if (!credit.isBlank()) {
                cap.appendElement("span").addClass("credit").text("(" + credit + ")");
            }
        }
        Element controls = fig.appendElement("div").addClass("gallery-controls").attr("hidden", "");
        controls.appendElement("button")
                .attr("type", "button")
                .attr("data-go", "-1")
                .text(Messages.text("web.gallery.previous"));
        controls.appendElement("button")
                .attr("type", "button")
                .attr("data-go", "1")
                .text(Messages.text("web.gallery.next"));
        controls.appendElement("button")
                .attr("type", "button")
                .addClass("gallery-full")
                .text(Messages.text("web.gallery.full-screen"));
        return fig;
    }
}

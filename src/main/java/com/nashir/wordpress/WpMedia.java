package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;
import static com.nashir.wordpress.WpLinks.rendered;

import com.nashir.article.FeaturedImage;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaSize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A media library image as a WordPress attachment. The stored widths are given WordPress's
 * size names (320 thumbnail, 640 medium, 1024 large, 1600 "1536x1536", the largest "full"),
 * so apps that ask for {@code media_details.sizes.medium.source_url} find one.
 */
@Component
class WpMedia {
    private static final Map<Integer, String> SIZE_NAMES =
            Map.of(320, "thumbnail", 640, "medium", 1024, "large", 1600, "1536x1536");

    private final WpSite site;

    WpMedia(WpSite site) {
        this.site = site;
    }

    Map<String, Object> attachment(MediaItem item) {
        MediaSize original = item.original();
        Map<String, Object> sizes = new LinkedHashMap<>();
        for (MediaSize s : item.sizes()) {
            String name = s.original() ? "full" : SIZE_NAMES.get(s.width());
            if (name != null) {
                sizes.put(
                        name,
                        ordered(
                                "file",
                                fileName(s),
                                "width",
                                s.width(),
                                "height",
                                s.height(),
                                "filesize",
                                s.bytes(),
                                "mime_type",
                                item.contentType(),
                                "source_url",
                                site.url(s.path())));
            }
        }
        String caption = item.archive()
                ? (item.caption().isBlank()
                        ? FeaturedImage.ARCHIVE_SUFFIX
                        : item.caption() + " " + FeaturedImage.ARCHIVE_SUFFIX)
                : item.caption();
        String source = site.url(original.path());
        String title = item.caption().isBlank() ? item.alt() : item.caption();
        return ordered(
                "id",
                item.id(),
                "date",
                site.local(item.createdAt()),
                "date_gmt",
                WpSite.gmt(item.createdAt()),
                "guid",
                rendered(source),
                "modified",
                site.local(item.createdAt()),
                "modified_gmt",
                WpSite.gmt(item.createdAt()),
                "slug",
                "media-" + item.id(),
                "status",
                "inherit",
                "type",
                "attachment",
                "link",
                source,
                "title",
                rendered(escape(title)),
                "author",
                0,
                "comment_status",
                "closed",
                "ping_status",
                "closed",
                "template",
                "",
                "meta",
                List.of(),
                "description",
                rendered(""),
                "caption",
                rendered(caption.isBlank() ? "" : "<p>" + escape(caption) + "</p>\n"),
                "alt_text",
                item.alt(),
                "media_type",
                "image",
                "mime_type",
                item.contentType(),
                "media_details",
                ordered(
                        "width",
                        original.width(),
                        "height",
                        original.height(),
                        "file",
                        original.key(),
                        "filesize",
                        original.bytes(),
                        "sizes",
                        sizes),
                "post",
                null,
                "source_url",
                source,
                "_links",
                ordered(
                        "self",
                        href(site.api("/wp/v2/media/" + item.id())),
                        "collection",
                        href(site.api("/wp/v2/media"))));
    }

    private static String fileName(MediaSize s) {
        return s.key().substring(s.key().lastIndexOf('/') + 1);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}

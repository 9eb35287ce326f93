package com.nashir.wpimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a first pass over the file learns before anything is written: that the file reads to the
 * end (a broken file is refused whole), its authors, categories and tags (few), and an index of
 * its attachments, since a post may name its featured image before the attachment's own item.
 * Only small strings are kept per attachment, never post bodies.
 */
final class Scan implements WxrReader.Handler {
    /** An attachment: where its file was, and its describing texts. */
    record Attachment(String id, String url, String title, String caption, String alt) {}

    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(?=\\.[A-Za-z0-9]+$)");

    final List<Wxr.Entry> authors = new ArrayList<>();
    final List<Wxr.Entry> categories = new ArrayList<>();
    final List<Wxr.Entry> tags = new ArrayList<>();
    final Map<String, Attachment> attachments = new HashMap<>();
    private final Map<String, String> byUploadPath = new HashMap<>();
    long items;

    @Override
    public void author(Wxr.Entry author) {
        authors.add(author);
    }

    @Override
    public void category(Wxr.Entry category) {
        categories.add(category);
    }

    @Override
    public void tag(Wxr.Entry tag) {
        tags.add(tag);
    }

    @Override
    public void item(Wxr.Item item) {
        items++;
        if ("attachment".equals(item.type()) && !item.id().isEmpty()) {
            String url = item.get("wp:attachment_url");
            attachments.put(
                    item.id(),
                    new Attachment(
                            item.id(),
                            url,
                            item.get("title"),
                            item.get("excerpt:encoded"),
                            item.meta("_wp_attachment_image_alt")));
            String path = uploadPath(url);
            if (path != null) {
                byUploadPath.put(path, item.id());
            }
        }
    }

    /** The attachment an address points at: its file, or one of WordPress's resized copies ("-300x200"). */
    String attachmentFor(String address) {
        String path = uploadPath(address);
        if (path == null) {
            return null;
        }
        String id = byUploadPath.get(path);
        return id != null ? id : byUploadPath.get(SIZE_SUFFIX.matcher(path).replaceFirst(""));
    }

    /** "2024/06/photo.jpg" for "https://site/wp-content/uploads/2024/06/photo.jpg?x=1", else null. */
    static String uploadPath(String url) {
        if (url == null) {
            return null;
        }
        int at = url.indexOf("/uploads/");
        if (at < 0) {
            return null;
        }
        String path = url.substring(at + "/uploads/".length());
        int cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        return path.isEmpty() ? null : WpText.decode(path);
    }
}

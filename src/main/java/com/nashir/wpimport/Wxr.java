package com.nashir.wpimport;

import java.util.List;
import java.util.Map;

/**
 * The parts of a WordPress export (WXR) the import reads, as they stand in the file: text only,
 * nothing interpreted yet. Fields are keyed by their usual prefixed names ("wp:post_id",
 * "content:encoded", "dc:creator"), whatever prefixes the file itself declares.
 */
final class Wxr {
    private Wxr() {}

    /** A channel-level {@code wp:author}, {@code wp:category} or {@code wp:tag}: its child fields. */
    record Entry(Map<String, String> fields, int line) {
        String get(String key) {
            String v = fields.get(key);
            return v == null ? "" : v.strip();
        }
    }

    /** A {@code <category domain="category|post_tag" nicename="…">name</category>} on an item. */
    record ItemTerm(String domain, String nicename, String name) {}

    /** A {@code wp:comment} of an item. */
    record Comment(Map<String, String> fields) {
        String get(String key) {
            String v = fields.get(key);
            return v == null ? "" : v.strip();
        }

        String raw(String key) {
            String v = fields.get(key);
            return v == null ? "" : v;
        }
    }

    /**
     * An {@code <item>}: a post, page, attachment or anything else WordPress stores as a post.
     * {@code line} is where it starts in the file, for messages.
     */
    record Item(
            Map<String, String> fields,
            List<ItemTerm> terms,
            Map<String, String> meta,
            List<Comment> comments,
            int line) {
        String get(String key) {
            String v = fields.get(key);
            return v == null ? "" : v.strip();
        }

        /** The field as written (bodies keep their line breaks and spaces). */
        String raw(String key) {
            String v = fields.get(key);
            return v == null ? "" : v;
        }

        String id() {
            return get("wp:post_id");
        }

        String type() {
            return get("wp:post_type");
        }

        String meta(String key) {
            String v = meta.get(key);
            return v == null ? "" : v.strip();
        }
    }
}

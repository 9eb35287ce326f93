package com.nashir.wordpress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code _fields} and {@code _embed} as WordPress reads them. {@code _fields=id,title.rendered}
 * keeps the named top-level fields, and of a nested one only the named keys (one level deep).
 * When {@code _fields} is given, {@code _links} and {@code _embedded} stay only if named too.
 * {@code _embed} (any value, or a list of relations such as "author,wp:term") asks for the
 * linked objects under {@code _embedded}.
 */
final class WpFields {
    private final Map<String, Set<String>> fields;
    private final Set<String> embed;

    private WpFields(Map<String, Set<String>> fields, Set<String> embed) {
        this.fields = fields;
        this.embed = embed;
    }

    static WpFields of(WpParams params) {
        Map<String, Set<String>> fields = null;
        if (params.has("_fields")) {
            fields = new LinkedHashMap<>();
            for (String f : params.list("_fields")) {
                int dot = f.indexOf('.');
                String top = dot < 0 ? f : f.substring(0, dot);
                Set<String> inner = fields.computeIfAbsent(top, k -> new LinkedHashSet<>());
                // An empty set means "all of it"; a whole field named once wins over its parts.
                if (dot < 0) {
                    inner.add("*");
                } else if (!inner.contains("*")) {
                    inner.add(f.substring(dot + 1).split("\\.")[0]);
                }
            }
        }
        Set<String> embed = null;
        if (params.has("_embed")) {
            List<String> rels = params.list("_embed");
            boolean all = rels.isEmpty() || rels.contains("true") || rels.contains("1");
            embed = all ? Set.of("*") : Set.copyOf(rels);
        }
        return new WpFields(fields, embed);
    }

    /** True when {@code _embed} asks for the relation ("author", "wp:featuredmedia", "wp:term"). */
    boolean embeds(String rel) {
        return embed != null && (embed.contains("*") || embed.contains(rel)) && keeps("_embedded");
    }

    /** True when the field is to be written at all (building an expensive one can be skipped). */
    boolean keeps(String field) {
        return fields == null || fields.containsKey(field);
    }

    /** The object with only the asked-for fields, in its own order. */
    Map<String, Object> apply(Map<String, Object> object) {
        if (fields == null) {
            return object;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            Set<String> inner = fields.get(key);
            if (inner == null) {
                return;
            }
            if (inner.contains("*") || !(value instanceof Map<?, ?> nested)) {
                out.put(key, value);
                return;
            }
            Map<Object, Object> part = new LinkedHashMap<>();
            nested.forEach((k, v) -> {
                if (inner.contains(String.valueOf(k))) {
                    part.put(k, v);
                }
            });
            out.put(key, part);
        });
        return out;
    }
}

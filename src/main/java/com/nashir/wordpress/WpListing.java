package com.nashir.wordpress;

import com.nashir.system.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Filtering, ordering and paging of the small collections (sections, tags, authors and desks),
 * in memory and with WordPress's parameters: {@code include}, {@code exclude}, {@code slug},
 * {@code search} (name or slug contains, ignoring case), {@code orderby} (id, name, slug, count,
 * include), {@code order} (asc by default) and the page.
 */
final class WpListing {
    private WpListing() {}

    /** One candidate: what the parameters look at, and the object to show. */
    record Row<T>(long id, String name, String slug, long count, T value) {}

    /** The asked-for page of the rows the request selects, with the total before paging. */
    record Selected<T>(List<Row<T>> page, long total, int pageNumber, int perPage) {}

    static <T> Selected<T> select(List<Row<T>> rows, WpParams p, List<String> orderbys, Predicate<Row<T>> extra) {
        int page = p.page();
        int perPage = p.perPage();
        List<Long> include = p.ids("include");
        Set<Long> exclude = Set.copyOf(p.ids("exclude"));
        Set<String> slugs = Set.copyOf(WpSlugs.decoded(p.list("slug")));
        String search = p.text("search") == null ? "" : p.text("search").strip().toLowerCase(Locale.ROOT);
        String orderby = p.oneOf("orderby", "name", orderbys);
        boolean ascending = !"desc".equals(p.oneOf("order", "asc", List.of("asc", "desc")));
        if (orderby.equals("include") && include.isEmpty()) {
            p.fail("orderby", Messages.text("wordpress.orderby.include-missing"));
        }
        p.throwIfInvalid();
        List<Row<T>> out = new ArrayList<>();
        for (Row<T> r : rows) {
            if ((include.isEmpty() || include.contains(r.id()))
                    && !exclude.contains(r.id())
                    && (slugs.isEmpty() || slugs.contains(r.slug()))
                    && (search.isEmpty()
                            || r.name().toLowerCase(Locale.ROOT).contains(search)
                            || r.slug().toLowerCase(Locale.ROOT).contains(search))
                    && extra.test(r)) {
                out.add(r);
            }
        }
        Comparator<Row<T>> order = switch (orderby) {
            case "id" -> Comparator.comparingLong(Row::id);
            case "slug" -> Comparator.comparing(Row::slug);
            case "count" -> Comparator.comparingLong(Row::count);
            case "include" -> Comparator.comparingInt(r -> include.indexOf(r.id()));
            default -> Comparator.comparing(Row::name);
        };
        order = order.thenComparingLong(Row::id);
        out.sort(ascending ? order : order.reversed());
        int from = (int) Math.min(out.size(), (long) (page - 1) * perPage);
        return new Selected<>(out.subList(from, Math.min(out.size(), from + perPage)), out.size(), page, perPage);
    }
}

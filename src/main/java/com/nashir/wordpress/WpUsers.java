package com.nashir.wordpress;

import static com.nashir.wordpress.WpLinks.href;
import static com.nashir.wordpress.WpLinks.ordered;

import com.nashir.address.Permalinks;
import com.nashir.author.Author;
import com.nashir.author.Desk;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * WordPress users are the names in bylines: authors keep their own id, desks ("فريق التحرير")
 * are numbered from {@link #DESK_BASE} (desk 3 is user 1000000003), so one integer names either
 * and a client never needs to know which. No email, login or role is ever shown.
 */
@Component
class WpUsers {
    static final long DESK_BASE = 1_000_000_000L;

    private final WpSite site;

    WpUsers(WpSite site) {
        this.site = site;
    }

    static long deskUserId(long deskId) {
        return DESK_BASE + deskId;
    }

    static boolean isDesk(long userId) {
        return userId > DESK_BASE;
    }

    static long deskId(long userId) {
        return userId - DESK_BASE;
    }

    Map<String, Object> author(Author a) {
        return user(a.id(), a.name(), a.bio(), Permalinks.author(a.slug()), a.slug(), a.photoUrl());
    }

    Map<String, Object> desk(Desk d) {
        return user(deskUserId(d.id()), d.name(), d.description(), Permalinks.desk(d.slug()), d.slug(), null);
    }

    private Map<String, Object> user(long id, String name, String description, String path, String slug, String photo) {
        String avatar = photo == null || photo.isBlank() ? null : photo.startsWith("/") ? site.url(photo) : photo;
        Map<String, Object> avatars = avatar == null ? Map.of() : ordered("24", avatar, "48", avatar, "96", avatar);
        return ordered(
                "id",
                id,
                "name",
                WpEscape.html(name),
                "url",
                "",
                "description",
                WpEscape.html(description),
                "link",
                site.url(path),
                "slug",
                slug,
                "avatar_urls",
                avatars,
                "meta",
                List.of(),
                "_links",
                ordered("self", href(site.api("/wp/v2/users/" + id)), "collection", href(site.api("/wp/v2/users"))));
    }
}

package com.nashir.admin;

import com.nashir.media.MediaItem;
import com.nashir.user.User;
import java.util.List;

/** What an author form offers to pick from: recent images of the media library, and newsroom accounts. */
public record TaxonomyChoices(List<MediaItem> media, List<User> users) {

    public static TaxonomyChoices none() {
        return new TaxonomyChoices(List.of(), List.of());
    }
}

package com.nashir.user;

import java.util.Optional;

/**
 * The authors' ids by slug, as {@code author/} keeps them: an account is linked to the author it
 * signs as without {@code user/} depending on {@code author/} (which uses accounts, so the
 * dependency goes that way only). {@code author/AuthorRepository} is the one implementation.
 */
public interface AuthorSlugs {
    Optional<Long> idOf(String slug);
}

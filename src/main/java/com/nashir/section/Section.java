package com.nashir.section;

/**
 * A section of the site ("سياسة"): every article belongs to one. {@code description} is shown on its
 * page; an {@code opinion} section ("رأي") shows its columnist's photo beside each headline.
 */
public record Section(
        long id, String slug, String name, String description, int position, boolean inMenu, boolean opinion) {}

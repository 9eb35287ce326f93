package com.nashir.section;

/** A section of the site ("سياسة"): every article belongs to one. {@code description} is shown on its page. */
public record Section(long id, String slug, String name, String description, int position, boolean inMenu) {}

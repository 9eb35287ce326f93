package com.nashir.section;

/** A section of the site ("سياسة"): every article belongs to one. */
public record Section(long id, String slug, String name, int position) {}

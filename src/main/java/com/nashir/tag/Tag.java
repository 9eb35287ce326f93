package com.nashir.tag;

/** A tag ("التطبيع"); its slug is derived from the name and keeps the Arabic letters. */
public record Tag(long id, String slug, String name) {}

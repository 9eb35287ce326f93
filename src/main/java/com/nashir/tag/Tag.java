package com.nashir.tag;

/** A tag ("التطبيع"); its slug is made from the name unless an editor sets one, and keeps the Arabic letters. */
public record Tag(long id, String slug, String name, String description) {}

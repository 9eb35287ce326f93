package com.nashir.admin;

/**
 * One line of a taxonomy list: what it is called, its address, how many articles use it (of every
 * status), and a short note (a section's place in the menu, the account an author signs with).
 */
public record TaxonomyRow(long id, String name, String slug, String publicUrl, long articles, String note) {}

/**
 * Distribution: what the site's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) and sitemaps (index,
 * monthly article files, listings, Google News) contain, built from the public doors
 * ({@link com.nashir.published.PublishedArticles}, {@link com.nashir.published.PublishedArchive}) and
 * written as bytes: feeds by maintained writers (Rome, Jackson), sitemaps, whose grammar is fixed and small, by
 * {@link com.nashir.feed.XmlBytes}. No HTTP here: {@code web/} maps the addresses and sends the bytes.
 */
package com.nashir.feed;

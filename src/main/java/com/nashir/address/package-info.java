/**
 * Feature: the site's addresses — {@code Permalinks} builds the path of every public URL (Arabic
 * slugs percent-encoded there and nowhere else), {@code SiteAddress} the absolute base URL a
 * request is answered on, {@code Assets} the content-hashed addresses of static files. Pages,
 * feeds, sitemaps and both APIs ask here, so a link is the same whichever audience wrote it.
 */
package com.nashir.address;

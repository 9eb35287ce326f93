/**
 * Audience: the read-only WordPress-compatible API at {@code /wp-json} (WordPress's shapes,
 * escaping and errors), public content only through {@code published/}. Not to be confused with
 * {@code wpimport/}, the feature that imports a WordPress export.
 */
package com.nashir.wordpress;

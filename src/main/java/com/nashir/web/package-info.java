/**
 * Audience: the public site readers see — page controllers, the page cache, feeds and sitemaps
 * over HTTP, error pages, security headers; server-rendered jte templates. Depends on {@code
 * published/} and other features, never the reverse.
 */
package com.nashir.web;

/**
 * Feature: the site's settings (name, zone, month style, digits …), its addresses ({@code
 * Permalinks}: every public URL is built there) and the formatting of dates and numbers for pages.
 */
package com.nashir.site;

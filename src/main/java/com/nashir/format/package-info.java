/**
 * Feature: text as a page writes it — {@code Fmt} (dates, numbers, counted nouns and editorial
 * text as the site's settings write them; handed to every template) and {@code ReadingText}
 * (editorial text made ready to read in a right-to-left page: left-to-right pieces isolated,
 * digits in the site's style). Plain functions over {@code arabic/}; no settings store, no Spring.
 */
package com.nashir.format;

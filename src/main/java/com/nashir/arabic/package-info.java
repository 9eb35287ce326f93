/**
 * Arabic language rules as plain functions: dates (Gregorian month-name styles, Umm al-Qura Hijri,
 * relative time with number agreement), digits, URL slugs, and the word-form rules search needs
 * beyond Lucene's Arabic analysis ({@link com.nashir.arabic.ArabicSearchForms}). No Spring, no state, no JVM defaults:
 * every zone and style comes from the caller.
 */
package com.nashir.arabic;

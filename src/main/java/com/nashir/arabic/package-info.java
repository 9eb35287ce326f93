/**
 * Arabic language rules as plain functions: dates (Gregorian month-name styles, Umm al-Qura Hijri,
 * relative time with number agreement), digits, and URL slugs. No Spring, no state, no JVM defaults:
 * every zone and style comes from the caller.
 */
package com.nashir.arabic;

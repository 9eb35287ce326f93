/**
 * Feature: the site's settings — name, tagline, logo, time zone, month style, digits, Hijri, page
 * size, comment closing, what feeds carry — as configured ({@code nashir.site.*}) until an admin
 * saves them: {@code SiteSettingsStore.current()} is the value in force, {@code
 * SiteSettingsService} saves it; and the clock.
 */
package com.nashir.site;

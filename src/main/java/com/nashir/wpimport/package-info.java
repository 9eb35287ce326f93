/**
 * Feature: importing a WordPress export (WXR) — the streaming reader, the importers per kind, the
 * id mapping kept for old addresses, background jobs. No HTTP: the newsroom ({@code admin/}) and
 * the command line start imports. Not to be confused with {@code wordpress/}, the audience that
 * serves the WordPress-compatible API.
 */
package com.nashir.wpimport;
